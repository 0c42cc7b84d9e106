using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NetOrigin.Inventory;

/// <summary>
/// Reads JSON Lines inventories: one JSON object per line, keys named as the CSV columns. Values may be strings,
/// numbers, booleans or null; <c>mac</c> may also be an array of strings.
/// </summary>
internal sealed class JsonLinesInventoryReader : IInventoryReader
{
    private readonly BoundedLineReader _lines;
    private readonly string _file;
    private readonly HashSet<string> _unused = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _unusedOrdered = [];
    private readonly Dictionary<string, int> _keyFields = new(StringComparer.Ordinal);

    public JsonLinesInventoryReader(TextReader reader, string file)
    {
        _lines = new BoundedLineReader(reader, file);
        _file = file;
    }

    public IReadOnlyList<string> UnusedColumns => _unusedOrdered;

    public IEnumerable<InventoryRecord> Read()
    {
        while (_lines.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var location = new SourceLocation(_file, _lines.LineNumber);
            var values = new string?[FieldCatalog.FieldCount];
            var record = new RecordExtras();
            string? error;
            try
            {
                error = Fill(line, values, record);
            }
            catch (JsonException ex)
            {
                error = $"not valid JSON: {FirstSentence(ex.Message)}";
            }

            if (error is not null)
            {
                yield return InventoryRecord.Reject(new Rejection(location, error, DelimitedInventoryReader.Excerpt(line)));
                continue;
            }

            if (record.Locator is not null)
            {
                location = location with { Locator = record.Locator };
            }

            yield return AssetFactory.TryCreate(values, record.Origins, record.More, location, out var asset, out var reason)
                ? InventoryRecord.Accept(asset!)
                : InventoryRecord.Reject(new Rejection(location, reason!, DelimitedInventoryReader.Excerpt(line)));
        }
    }

    /// <summary>
    /// What a connector's output carries beside the fields: <c>_source</c> (where the record came from),
    /// <c>_origins</c> (where each field's value was read) and further values of an identifier given as an array.
    /// </summary>
    private sealed class RecordExtras
    {
        public string? Locator { get; set; }
        public string?[]? Origins { get; set; }
        public List<Identifier>? More { get; set; }
    }

    private string? Fill(string line, string?[] values, RecordExtras record)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 8 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return "each line must be one JSON object";
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (key == "_source" && reader.TokenType == JsonTokenType.String)
            {
                record.Locator = reader.GetString();
                continue;
            }

            if (key == "_origins" && reader.TokenType == JsonTokenType.StartObject)
            {
                var originsError = ReadOrigins(ref reader, record);
                if (originsError is not null)
                {
                    return originsError;
                }

                continue;
            }

            var field = FieldOf(key);
            string? value;
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    value = reader.GetString();
                    break;
                case JsonTokenType.Number:
                    value = Encoding.UTF8.GetString(reader.ValueSpan);
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    value = reader.GetBoolean() ? "true" : "false";
                    break;
                case JsonTokenType.Null:
                    value = null;
                    break;
                case JsonTokenType.StartArray when field == (int)InventoryField.Mac || field == (int)InventoryField.Cpe:
                    value = ReadStringArray(ref reader, key, field == (int)InventoryField.Mac ? ";" : " ", out var arrayError);
                    if (arrayError is not null)
                    {
                        return arrayError;
                    }

                    break;
                case JsonTokenType.StartArray when field >= 0 && FieldCatalog.IdentifierKindOf((InventoryField)field) is { } kind:
                    // Several observations of one identifier (two HTTP Server headers): the first fills the field.
                    var all = ReadStringArray(ref reader, key, "\n", out var listError);
                    if (listError is not null)
                    {
                        return listError;
                    }

                    var parts = all?.Split('\n') ?? [];
                    value = parts.Length > 0 ? parts[0] : null;
                    foreach (var more in parts.Skip(1))
                    {
                        if (ColumnMap.Clean(more) is { } clean)
                        {
                            (record.More ??= []).Add(new Identifier(kind, clean));
                        }
                    }

                    break;
                default:
                    if (field < 0)
                    {
                        reader.Skip();
                        continue;
                    }

                    return $"'{key}' must be a string, number or null";
            }

            if (field >= 0 && value is not null && values[field] is null)
            {
                values[field] = ColumnMap.Clean(value);
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return "each line must hold exactly one JSON object";
        }

        return null;
    }

    private static string? ReadOrigins(ref Utf8JsonReader reader, RecordExtras record)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                return $"'_origins.{name}' must be a string";
            }

            if (FieldCatalog.TryResolve(name, out var field))
            {
                (record.Origins ??= new string?[FieldCatalog.FieldCount])[(int)field] = reader.GetString();
            }
        }

        return null;
    }

    private static string? ReadStringArray(ref Utf8JsonReader reader, string key, string separator, out string? error)
    {
        error = null;
        var parts = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                error = $"'{key}' must hold strings";
                return null;
            }

            parts.Add(reader.GetString()!);
        }

        return parts.Count == 0 ? null : string.Join(separator, parts);
    }

    private int FieldOf(string key)
    {
        if (_keyFields.TryGetValue(key, out var field))
        {
            return field;
        }

        field = FieldCatalog.TryResolve(key, out var f) ? (int)f : -1;
        if (field < 0 && _unused.Count < 100 && _unused.Add(key))
        {
            _unusedOrdered.Add(key);
        }

        // Bounded: a hostile file with endless distinct keys must not grow this cache without limit.
        if (_keyFields.Count < 1024)
        {
            _keyFields[key] = field;
        }

        return field;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.').ToString(CultureInfo.InvariantCulture);
    }

    public void Dispose() => _lines.Dispose();
}
