using System.Text;

namespace NetOrigin.Inventory;

/// <summary>
/// Reads CSV (RFC 4180) or TSV inventories with a header row. Quoted fields may hold delimiters, doubled quotes and
/// line breaks; a record is located by the line it starts on.
/// </summary>
internal sealed class DelimitedInventoryReader : IInventoryReader
{
    private const int MaxRecordChars = BoundedLineReader.MaxLineChars;
    private readonly BoundedLineReader _lines;
    private readonly string _file;
    private readonly char _delimiter;
    private readonly int[] _columnFields = [];
    private readonly ColumnMap _map;
    private readonly List<string> _fields = [];
    private readonly StringBuilder _field = new();

    public DelimitedInventoryReader(TextReader reader, string file, char delimiter)
    {
        _lines = new BoundedLineReader(reader, file);
        _file = file;
        _delimiter = delimiter;
        string? header;
        do
        {
            header = _lines.ReadLine();
        }
        while (header is not null && header.Trim().Length == 0);

        if (header is null)
        {
            throw new InventoryFormatException($"{file}: the file is empty; expected a header row naming the fields (id, name, manufacturer, mac, ...)");
        }

        if (!TrySplit(header, out var headerFields, out var error))
        {
            throw new InventoryFormatException($"{file}:{_lines.LineNumber}: header row: {error}");
        }

        _map = ColumnMap.FromHeader(headerFields, $"{file}:{_lines.LineNumber}");
        _columnFields = _map.ColumnFields;
        UnusedColumns = _map.UnusedColumns;
    }

    public IReadOnlyList<string> UnusedColumns { get; }

    public IReadOnlyList<string> Warnings => _map.Warnings;

    public IEnumerable<InventoryRecord> Read()
    {
        while (_lines.ReadLine() is { } line)
        {
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var location = new SourceLocation(_file, _lines.LineNumber);
            if (!TrySplit(line, out var fields, out var error))
            {
                yield return InventoryRecord.Reject(new Rejection(location, error!, Excerpt(line)));
                continue;
            }

            if (fields.Count != _columnFields.Length)
            {
                yield return InventoryRecord.Reject(new Rejection(location, $"the row has {fields.Count} fields; the header has {_columnFields.Length}", Excerpt(line)));
                continue;
            }

            var values = new string?[FieldCatalog.FieldCount];
            var notes = _map.HasDuplicates ? FillChecked(fields, values) : null;
            if (notes is null)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    var target = _columnFields[i];
                    if (target >= 0 && values[target] is null)
                    {
                        values[target] = ColumnMap.Clean(fields[i]);
                    }
                }
            }

            yield return AssetFactory.TryCreate(values, location, out var asset, out var reason, notes)
                ? InventoryRecord.Accept(asset!)
                : InventoryRecord.Reject(new Rejection(location, reason!, Excerpt(line)));
        }
    }

    /// <summary>
    /// Fills the values when two columns give one field: the first column with a value wins, and each later column
    /// whose value differs is noted.
    /// </summary>
    private List<string> FillChecked(List<string> fields, string?[] values)
    {
        var notes = new List<string>(0);
        var from = new int[FieldCatalog.FieldCount];
        for (var i = 0; i < fields.Count; i++)
        {
            var target = _columnFields[i];
            if (target < 0 || ColumnMap.Clean(fields[i]) is not { } value)
            {
                continue;
            }

            if (values[target] is not { } used)
            {
                values[target] = value;
                from[target] = i;
            }
            else if (!string.Equals(used, value, StringComparison.OrdinalIgnoreCase))
            {
                notes.Add(ColumnMap.ConflictNote("columns", _map.Names[from[target]], used, _map.Names[i], value));
            }
        }

        return notes;
    }

    /// <summary>Splits one record, reading further lines while a quoted field is open.</summary>
    private bool TrySplit(string firstLine, out List<string> fields, out string? error)
    {
        fields = _fields;
        fields.Clear();
        error = null;
        var line = firstLine;
        var startLine = _lines.LineNumber;
        var recordChars = 0;
        var i = 0;
        while (true)
        {
            // Fast path: an unquoted field is the text up to the next delimiter.
            if (i >= line.Length || line[i] != '"')
            {
                var end = line.IndexOf(_delimiter, i);
                var stop = end < 0 ? line.Length : end;

                // Columns no field reads are counted but never copied.
                fields.Add(fields.Count < _columnFields.Length && _columnFields[fields.Count] < 0 ? string.Empty : line[i..stop]);
                if (end < 0)
                {
                    return true;
                }

                i = end + 1;
                continue;
            }

            _field.Clear();
            i++;
            while (true)
            {
                var quote = line.IndexOf('"', i);
                if (quote < 0)
                {
                    _field.Append(line, i, line.Length - i).Append('\n');
                    recordChars += line.Length;
                    var next = _lines.ReadLine();
                    if (next is null)
                    {
                        error = $"a quoted field opened on line {startLine} is not closed before the end of the file";
                        return false;
                    }

                    if (recordChars > MaxRecordChars)
                    {
                        throw new InventoryFormatException($"{_file}:{startLine}: record is longer than {MaxRecordChars / 1024} KiB; is a quote left open?");
                    }

                    line = next;
                    i = 0;
                    continue;
                }

                _field.Append(line, i, quote - i);
                if (quote + 1 < line.Length && line[quote + 1] == '"')
                {
                    _field.Append('"');
                    i = quote + 2;
                    continue;
                }

                i = quote + 1;
                break;
            }

            fields.Add(_field.ToString());
            if (i >= line.Length)
            {
                return true;
            }

            if (line[i] != _delimiter)
            {
                error = $"unexpected text after a closing quote at column {i + 1}";
                return false;
            }

            i++;
            if (i == line.Length)
            {
                fields.Add(string.Empty);
                return true;
            }
        }
    }

    internal static string Excerpt(string line) => line.Length <= 200 ? line : string.Concat(line.AsSpan(0, 200), "…");

    public void Dispose() => _lines.Dispose();
}
