using System.Globalization;
using System.Security.Cryptography;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetOrigin.ReferenceData;

/// <summary>
/// Typed access to one YAML mapping with errors that name file and line. Reference data is read through this
/// rather than a reflection deserializer so every error can point at the offending line.
/// </summary>
public sealed class YamlNodeReader
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private YamlNodeReader(DataMapping node, string file)
    {
        Root = node;
        File = file;
    }

    internal string File { get; }
    internal long Line => Root.Line;

    /// <summary>The mapping read (what a file's compiled image holds).</summary>
    internal DataMapping Root { get; }
    internal string Where => $"{File}:{Line}";

    /// <summary>Loads a file whose root is a mapping. YAML has no DTDs or external entities to resolve.</summary>
    internal static YamlNodeReader LoadFile(string path) => LoadFile(path, null);

    /// <summary>
    /// As <see cref="LoadFile(string)"/>, from the file's compiled image in <paramref name="cache"/> when one was
    /// compiled from the same bytes (else the text is parsed, and its image stored); the nodes are the same either way.
    /// </summary>
    internal static YamlNodeReader LoadFile(string path, IReferenceDataCache? cache)
    {
        const long MaxBytes = 16L << 20;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ReferenceDataException($"{path}: no such file");
        }

        if (info.Length > MaxBytes)
        {
            throw new ReferenceDataException($"{path}: larger than {MaxBytes >> 20} MiB");
        }

        if (cache is null)
        {
            using var reader = new StreamReader(path);
            return Load(reader, path);
        }

        var known = DataDocumentImage.KeyOf(FileDigests.For(cache).Of(path));
        if (cache.Read(known) is { } image && DataDocumentImage.TryRead(image, known) is { } compiled)
        {
            return new YamlNodeReader(compiled, path);
        }

        // The image is stored under the digest of the bytes parsed, which a write since the digest was taken may have changed.
        var bytes = System.IO.File.ReadAllBytes(path);
        var key = DataDocumentImage.KeyOf(SHA256.HashData(bytes));
        YamlNodeReader parsed;
        using (var reader = new StreamReader(new MemoryStream(bytes, writable: false)))
        {
            parsed = Load(reader, path);
        }

        cache.Store(key, DataDocumentImage.Write(key, parsed.Root));
        return parsed;
    }

    /// <summary>
    /// Parses a document within <see cref="BoundedYamlParser"/>'s bounds. Malformed text is an error naming the file
    /// and line, whichever way the YAML library reports it (it throws more than <see cref="YamlException"/>).
    /// </summary>
    public static YamlNodeReader Load(TextReader reader, string name)
    {
        var stream = new YamlStream();
        var parser = new BoundedYamlParser(reader, name);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            throw new ReferenceDataException($"{name}:{Math.Max(ex.Start.Line, 1)}: not valid YAML: {ex.Message}");
        }
        catch (InvalidOperationException)
        {
            throw new ReferenceDataException($"{name}:{parser.ScannedLine}: not valid YAML: the text here cannot be scanned");
        }
        catch (ArgumentException)
        {
            throw new ReferenceDataException($"{name}:{parser.NodeLine}: not valid YAML: a node here has no valid form (an empty key, or a key or value missing)");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ReferenceDataException($"{name}:1: expected a mapping at the top of the file");
        }

        return new YamlNodeReader((DataMapping)DataDocumentImage.FromYaml(root), name);
    }

    internal ReferenceDataException Error(string message) => new($"{Where}: {message}");

    internal string? OptionalString(string key)
    {
        _read.Add(key);
        if (Root[key] is not { } value || IsNull(value))
        {
            return null;
        }

        if (value is not DataScalar scalar)
        {
            throw new ReferenceDataException($"{File}:{value.Line}: '{key}' must be a single value");
        }

        var text = scalar.Value?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    internal string RequiredString(string key) =>
        OptionalString(key) ?? throw Error($"'{key}' is required");

    internal bool OptionalBool(string key, bool fallback = false)
    {
        var text = OptionalString(key);
        return text switch
        {
            null => fallback,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw Error($"'{key}' must be true or false, not '{text}'"),
        };
    }

    internal decimal? OptionalDecimal(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw Error($"'{key}' must be a number, not '{text}'");
    }

    internal DateOnly? OptionalDate(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Error($"'{key}' must be a date YYYY-MM-DD, not '{text}'");
    }

    internal IReadOnlyList<string> StringList(string key)
    {
        _read.Add(key);
        if (Root[key] is not { } value || IsNull(value))
        {
            return [];
        }

        if (value is DataScalar single)
        {
            return string.IsNullOrWhiteSpace(single.Value) ? [] : [single.Value.Trim()];
        }

        if (value is not DataSequence sequence)
        {
            throw new ReferenceDataException($"{File}:{value.Line}: '{key}' must be a list");
        }

        var list = new List<string>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (item is not DataScalar scalar || string.IsNullOrWhiteSpace(scalar.Value))
            {
                throw new ReferenceDataException($"{File}:{item.Line}: items of '{key}' must be single values");
            }

            list.Add(scalar.Value.Trim());
        }

        return list;
    }

    /// <summary>The mappings of a list under <paramref name="key"/>.</summary>
    internal IReadOnlyList<YamlNodeReader> Mappings(string key)
    {
        _read.Add(key);
        if (Root[key] is not { } value || IsNull(value))
        {
            return [];
        }

        if (value is not DataSequence sequence)
        {
            throw new ReferenceDataException($"{File}:{value.Line}: '{key}' must be a list");
        }

        var mappings = new List<YamlNodeReader>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            mappings.Add(item is DataMapping mapping
                ? new YamlNodeReader(mapping, File)
                : throw new ReferenceDataException($"{File}:{item.Line}: items of '{key}' must be mappings"));
        }

        return mappings;
    }

    /// <summary>The mapping under <paramref name="key"/>, if present.</summary>
    internal YamlNodeReader? Mapping(string key)
    {
        _read.Add(key);
        if (Root[key] is not { } value || IsNull(value))
        {
            return null;
        }

        return value is DataMapping mapping
            ? new YamlNodeReader(mapping, File)
            : throw new ReferenceDataException($"{File}:{value.Line}: '{key}' must be a mapping");
    }

    /// <summary>The keys of this mapping with the line each is on, in file order; each counts as read.</summary>
    internal IReadOnlyList<(string Key, long Line)> Keys()
    {
        var keys = new List<(string, long)>(Root.Entries.Count);
        foreach (var (key, _) in Root.Entries)
        {
            if (key is DataScalar { Value: { } name })
            {
                _read.Add(name);
                keys.Add((name, key.Line));
            }
        }

        return keys;
    }

    /// <summary>Rejects keys nobody read, so a misspelt key is an error rather than a silently ignored rule.</summary>
    internal void RejectUnknownKeys()
    {
        foreach (var (key, _) in Root.Entries)
        {
            if (key is DataScalar { Value: { } name } && !_read.Contains(name))
            {
                throw new ReferenceDataException($"{File}:{key.Line}: unknown key '{name}'");
            }
        }
    }

    private static bool IsNull(DataNode node) => node is DataScalar { IsNull: true };
}
