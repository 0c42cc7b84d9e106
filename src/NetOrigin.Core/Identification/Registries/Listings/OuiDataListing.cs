using System.Text.Json;

namespace NetOrigin.Identification.Registries.Listings;

/// <summary>
/// The npm package oui-data's index.json: one object whose keys are prefixes of 6, 7 or 9 hexadecimal digits
/// (MA-L, MA-M, MA-S) and whose values are the organisation's name followed by its address lines. It is compiled
/// from the IEEE listings and is fresher than Debian's ieee-data.
/// </summary>
internal static class OuiDataListing
{
    public static IReadOnlyList<RegistryListing> Read(string path)
    {
        var json = ListingFile.ReadBytes(path);
        var byDigits = new Dictionary<int, ListingEntries>
        {
            [6] = new(RegistryDefinition.MaL, path),
            [7] = new(RegistryDefinition.MaM, path),
            [9] = new(RegistryDefinition.MaS, path),
        };
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 4 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw ListingFile.Error(path, 1, "expected a JSON object mapping prefixes to organisations");
            }

            // Lines are counted as the reader moves on, for messages; counting from the start each time is quadratic.
            var line = 1;
            var counted = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var at = (int)reader.TokenStartIndex;
                line += json.AsSpan(counted, at - counted).Count((byte)'\n');
                counted = at;
                var key = Text(ref reader, path, line);
                if (!byDigits.TryGetValue(key.Length, out var entries) || !entries.Registry.TryParseKey(key, out var prefix))
                {
                    throw ListingFile.Error(path, line, $"key '{key}' is not a prefix of 6, 7 or 9 hexadecimal digits (MA-L, MA-M, MA-S)");
                }

                if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    throw ListingFile.Error(path, line, $"the value of '{key}' is not a string (organisation, then address lines)");
                }

                var value = Text(ref reader, path, line);
                var firstLine = value.AsSpan(0, value.IndexOf('\n') is var nl and >= 0 ? nl : value.Length);
                var organisation = ListingFile.NormaliseName(firstLine, path, line);
                if (organisation.Length == 0)
                {
                    throw ListingFile.Error(path, line, $"'{key}' has no organisation name on its first line");
                }

                entries.Add(prefix, organisation);
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                throw ListingFile.Error(path, ListingFile.LineAt(json, (int)reader.TokenStartIndex), "expected the end of the object");
            }
        }
        catch (JsonException ex)
        {
            throw ListingFile.Error(path, (int)(ex.LineNumber ?? 0) + 1, $"not valid JSON ({ex.Message})");
        }

        if (byDigits.Values.All(e => e.Count == 0))
        {
            throw ListingFile.Error(path, 1, "no prefixes in the object");
        }

        var source = PackageName(path) is { } package ? $"{package} index.json" : "oui-data index.json";
        return byDigits.Values
            .Where(e => e.Count > 0)
            .Select(e => e.ToListing($"IEEE Registration Authority {e.Registry.Name} listing, {source}", date: null))
            .ToList();
    }

    /// <summary>A string token's text; one that is no text (invalid UTF-8, half a surrogate pair) is an error naming the line.</summary>
    private static string Text(ref Utf8JsonReader reader, string path, int line)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw ListingFile.Error(path, line, "a string is not text (invalid UTF-8, or a \\u escape that is half of a UTF-16 surrogate pair)");
        }
    }

    /// <summary>"npm oui-data 2.1.9" from the package.json beside index.json, when it is there and names oui-data.</summary>
    private static string? PackageName(string indexPath)
    {
        var manifest = Path.Combine(Path.GetDirectoryName(indexPath)!, "package.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(ListingFile.ReadBytes(manifest));
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() == "oui-data"
                && root.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String
                ? $"npm oui-data {version.GetString()}"
                : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // (InvalidOperationException: a string that is no text.) The manifest only names the packaging in the snapshot header; the listing itself does not depend on it.
            return null;
        }
    }
}
