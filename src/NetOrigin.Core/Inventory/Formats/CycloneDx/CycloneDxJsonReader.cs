using System.Text;
using System.Text.Json;

namespace NetOrigin.Inventory.Formats.CycloneDx;

/// <summary>
/// Reads a CycloneDX JSON BOM (1.4 to 1.6): <c>metadata.component</c>, every component (nested ones too) and every
/// service become records (<see cref="BomItemMapping"/>), located by line and BOM path. A BOM that breaks off keeps
/// the items read before the break, and the break is one rejected record naming its line.
/// </summary>
internal sealed class CycloneDxJsonReader : IInventoryReader
{
    /// <summary>Largest BOM read, in characters; the whole document is held while it is read.</summary>
    public const int MaxDocumentChars = 256 << 20;

    private const int MaxDepth = 64;
    private readonly TextReader _text;
    private readonly string _file;

    public CycloneDxJsonReader(TextReader text, string file)
    {
        _text = text;
        _file = file;
    }

    public IReadOnlyList<string> UnusedColumns => [];

    public IEnumerable<InventoryRecord> Read()
    {
        var items = new List<BomItem>();
        var (error, errorLine) = Parse(ReadBounded(), items);
        foreach (var item in items)
        {
            yield return BomItemMapping.ToRecord(item, _file);
        }

        if (error is not null)
        {
            yield return InventoryRecord.Reject(new Rejection(new SourceLocation(_file, errorLine), error, ""));
        }
    }

    private byte[] ReadBounded()
    {
        var text = new StringBuilder();
        var chunk = new char[1 << 16];
        int n;
        while ((n = _text.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (text.Length + n > MaxDocumentChars)
            {
                throw new InventoryFormatException($"{_file}: the BOM is larger than {MaxDocumentChars >> 20} MiB; split it");
            }

            text.Append(chunk, 0, n);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private (string? Error, long Line) Parse(byte[] bytes, List<BomItem> items)
    {
        var lines = new LineIndex(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new InventoryFormatException($"{_file}: not a CycloneDX JSON BOM (it does not start with a JSON object)");
            }

            var format = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "bomFormat":
                        format = reader.TokenType == JsonTokenType.String && reader.GetString() == "CycloneDX";
                        if (!format)
                        {
                            throw new InventoryFormatException($"{_file}: bomFormat is not \"CycloneDX\"");
                        }

                        break;
                    case "metadata" when reader.TokenType == JsonTokenType.StartObject:
                        Metadata(ref reader, lines, items);
                        break;
                    case "components" when reader.TokenType == JsonTokenType.StartArray:
                        Items(ref reader, lines, items, false, "components", null);
                        break;
                    case "services" when reader.TokenType == JsonTokenType.StartArray:
                        Items(ref reader, lines, items, true, "services", null);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (!format)
            {
                throw new InventoryFormatException($"{_file}: no \"bomFormat\": \"CycloneDX\"; not a CycloneDX BOM");
            }

            return (null, 0);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            if (items.Count == 0 && line <= 1)
            {
                throw new InventoryFormatException($"{_file}:{line}: not valid JSON: {ex.Message.Split(". ")[0]}");
            }

            return ($"the BOM breaks off here (not valid JSON: {ex.Message.Split(". ")[0]}); items after this point are not read", line);
        }
        catch (InvalidOperationException ex)
        {
            // A string with a lone surrogate escape, or a value of an unexpected kind.
            return ($"the BOM has a value that cannot be read ({ex.Message}); items after this point are not read", lines.LineOf(reader.TokenStartIndex));
        }
    }

    private static void Metadata(ref Utf8JsonReader reader, LineIndex lines, List<BomItem> items)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "component" && reader.TokenType == JsonTokenType.StartObject)
            {
                Item(ref reader, lines, items, false, "metadata.component", null);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void Items(ref Utf8JsonReader reader, LineIndex lines, List<BomItem> items, bool services, string path, string? parentType)
    {
        var i = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                Item(ref reader, lines, items, services, $"{path}[{i}]", parentType);
            }
            else
            {
                reader.Skip();
            }

            i++;
        }
    }

    private static void Item(ref Utf8JsonReader reader, LineIndex lines, List<BomItem> items, bool service, string path, string? parentType)
    {
        var item = new BomItem(service, path, lines.LineOf(reader.TokenStartIndex), parentType);
        items.Add(item);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "type": item.Type = Text(ref reader); break;
                case "bom-ref": item.BomRef = Text(ref reader); break;
                case "name": item.Name = Text(ref reader); break;
                case "version": item.Version = Text(ref reader); break;
                case "cpe": item.Cpe = Text(ref reader); break;
                case "description": item.Description = Text(ref reader); break;
                case "author": item.Author = Text(ref reader); break;
                case "manufacturer": item.Manufacturer = EntityName(ref reader); break;
                case "supplier": item.Supplier = EntityName(ref reader); break;
                case "provider": item.Provider = EntityName(ref reader); break;
                case "properties" when reader.TokenType == JsonTokenType.StartArray:
                    Properties(ref reader, item);
                    break;
                case "components" when reader.TokenType == JsonTokenType.StartArray:
                    Items(ref reader, lines, items, false, $"{path}.components", item.Type);
                    break;
                case "services" when reader.TokenType == JsonTokenType.StartArray:
                    Items(ref reader, lines, items, true, $"{path}.services", item.Type);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    private static string? Text(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    /// <summary>The name of an organizationalEntity ({"name": ..., "url": [...]}).</summary>
    private static string? EntityName(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? result = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "name")
            {
                result = Text(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return result;
    }

    private static void Properties(ref Utf8JsonReader reader, BomItem item)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            string? name = null, value = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString();
                reader.Read();
                switch (key)
                {
                    case "name": name = Text(ref reader); break;
                    case "value": value = Text(ref reader); break;
                    default: reader.Skip(); break;
                }
            }

            if (name is not null && item.Properties.Count < FieldValues.MaxValuesPerField)
            {
                item.Properties.Add((name, value));
            }
        }
    }

    public void Dispose() => _text.Dispose();

    /// <summary>Line numbers of byte offsets, from the positions of the line breaks.</summary>
    private sealed class LineIndex
    {
        private readonly List<int> _breaks = [];

        public LineIndex(byte[] bytes)
        {
            var at = 0;
            while ((at = Array.IndexOf(bytes, (byte)'\n', at)) >= 0)
            {
                _breaks.Add(at++);
            }
        }

        public long LineOf(long offset)
        {
            var index = _breaks.BinarySearch((int)offset);
            return (index < 0 ? ~index : index) + 1;
        }
    }
}
