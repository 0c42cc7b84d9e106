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
            string? error;
            try
            {
                error = Fill(line, values);
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

            yield return AssetFactory.TryCreate(values, location, out var asset, out var reason)
                ? InventoryRecord.Accept(asset!)
                : InventoryRecord.Reject(new Rejection(location, reason!, DelimitedInventoryReader.Excerpt(line)));
        }
    }

    private string? Fill(string line, string?[] values)
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
                case JsonTokenType.StartArray when field == (int)InventoryField.Mac:
                    value = ReadStringArray(ref reader, key, out var arrayError);
                    if (arrayError is not null)
                    {
                        return arrayError;
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

    private static string? ReadStringArray(ref Utf8JsonReader reader, string key, out string? error)
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

        return parts.Count == 0 ? null : string.Join(';', parts);
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
