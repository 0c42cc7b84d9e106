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
    /// <summary>Warnings about keys that give the same field are kept once per pair, up to this many.</summary>
    private const int MaxWarnings = 20;

    /// <summary>Longer keys are neither remembered nor listed whole: a hostile file's keys must not fill memory.</summary>
    private const int MaxRememberedKeyLength = 256;

    private const string LoneSurrogate = "holds a \\u escape that is half of a UTF-16 surrogate pair, not a character";
    private readonly BoundedLineReader _lines;
    private readonly string _file;
    private readonly HashSet<string> _unused = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _unusedOrdered = [];
    private readonly Dictionary<string, int> _keyFields = new(StringComparer.Ordinal);
    private readonly string?[] _keyOf = new string?[FieldCatalog.FieldCount];
    private readonly List<string> _warnings = [];
    private readonly HashSet<(string, string)> _warned = [];
    private List<string>? _notes;

    public JsonLinesInventoryReader(TextReader reader, string file)
    {
        _lines = new BoundedLineReader(reader, file);
        _file = file;
    }

    public IReadOnlyList<string> UnusedColumns => _unusedOrdered;

    public IReadOnlyList<string> Warnings => _warnings;

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
            _notes = null;
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

            yield return AssetFactory.TryCreate(values, record.Origins, record.More, location, out var asset, out var reason, _notes)
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
        Array.Clear(_keyOf);
        var bytes = Encoding.UTF8.GetBytes(line);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 8 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return "each line must be one JSON object";
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!TryGetString(ref reader, out var key))
            {
                return $"a key {LoneSurrogate}";
            }

            reader.Read();
            if (key == "_source" && reader.TokenType == JsonTokenType.String)
            {
                if (!TryGetString(ref reader, out var locator))
                {
                    return $"'_source' {LoneSurrogate}";
                }

                record.Locator = locator;
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
                    if (!TryGetString(ref reader, out value))
                    {
                        return $"'{key}' {LoneSurrogate}";
                    }

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
                        if (ColumnMap.Clean(more) is { } further)
                        {
                            (record.More ??= []).Add(new Identifier(kind, further));
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

            if (field >= 0 && value is not null && ColumnMap.Clean(value) is { } clean)
            {
                Take(values, field, key, clean);
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return "each line must hold exactly one JSON object";
        }

        return null;
    }

    /// <summary>The first key with a value gives the field; a later key for the same field that differs is noted.</summary>
    private void Take(string?[] values, int field, string key, string value)
    {
        if (values[field] is not { } used)
        {
            values[field] = value;
            _keyOf[field] = key;
            return;
        }

        var first = _keyOf[field]!;
        if (_warned.Count < MaxWarnings && _warned.Add((first, key)))
        {
            _warnings.Add(ColumnMap.DuplicateWarning("keys", first, key, (InventoryField)field));
        }

        if (!string.Equals(used, value, StringComparison.OrdinalIgnoreCase))
        {
            (_notes ??= []).Add(ColumnMap.ConflictNote("keys", first, used, key, value));
        }
    }

    private static string? ReadOrigins(ref Utf8JsonReader reader, RecordExtras record)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!TryGetString(ref reader, out var name))
            {
                return $"a key of '_origins' {LoneSurrogate}";
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                return $"'_origins.{name}' must be a string";
            }

            if (!TryGetString(ref reader, out var origin))
            {
                return $"'_origins.{name}' {LoneSurrogate}";
            }

            if (FieldCatalog.TryResolve(name, out var field))
            {
                (record.Origins ??= new string?[FieldCatalog.FieldCount])[(int)field] = origin;
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

            if (!TryGetString(ref reader, out var part))
            {
                error = $"'{key}' {LoneSurrogate}";
                return null;
            }

            parts.Add(part);
        }

        return parts.Count == 0 ? null : string.Join(separator, parts);
    }

    /// <summary>
    /// The string token's value, or false when a \u escape in it is half of a surrogate pair: valid JSON syntax
    /// that is no text (the JSON reader refuses to decode it).
    /// </summary>
    private static bool TryGetString(ref Utf8JsonReader reader, out string value)
    {
        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException) when (reader.ValueIsEscaped)
        {
            value = "";
            return false;
        }
    }

    private int FieldOf(string key)
    {
        if (_keyFields.TryGetValue(key, out var field))
        {
            return field;
        }

        field = FieldCatalog.TryResolve(key, out var f) ? (int)f : -1;
        var shown = key.Length <= MaxRememberedKeyLength ? key : string.Concat(key.AsSpan(0, 64), "…");
        if (field < 0 && _unused.Count < 100 && _unused.Add(shown))
        {
            _unusedOrdered.Add(shown);
        }

        // Bounded: a hostile file with endless distinct keys must not grow this cache without limit.
        if (_keyFields.Count < 1024 && key.Length <= MaxRememberedKeyLength)
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
