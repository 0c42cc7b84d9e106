using System.Text;

namespace NetOrigin.Identification.Registries.Listings;

/// <summary>
/// RFC 4180 records over a whole text: fields separated by commas, records by LF or CRLF; a quoted field may hold
/// commas, doubled quotes and line breaks (the IEEE listings break long addresses over lines). A quote inside an
/// unquoted field is kept as text. Each record is located by the line it starts on.
/// </summary>
internal sealed class CsvRecords(string text, string path)
{
    private const int MaxFieldChars = 64 << 10;
    private readonly StringBuilder _field = new();
    private int _position;
    private int _line = 1;

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the text.</summary>
    public bool TryRead(List<string> fields, out int line)
    {
        fields.Clear();
        line = _line;
        if (_position >= text.Length)
        {
            return false;
        }

        while (true)
        {
            fields.Add(_position < text.Length && text[_position] == '"' ? ReadQuoted(line) : ReadPlain());
            if (_position >= text.Length)
            {
                return true;
            }

            var separator = text[_position++];
            if (separator == '\n')
            {
                _line++;
                return true;
            }

            if (separator == '\r' && _position < text.Length && text[_position] == '\n')
            {
                _position++;
                _line++;
                return true;
            }
        }
    }

    private string ReadPlain()
    {
        var end = text.AsSpan(_position).IndexOfAny(',', '\n');
        end = end < 0 ? text.Length : _position + end;
        var stop = end > _position && text[end - 1] == '\r' && end < text.Length && text[end] == '\n' ? end - 1 : end;
        if (stop - _position > MaxFieldChars)
        {
            throw ListingFile.Error(path, _line, $"field is longer than {MaxFieldChars >> 10} KiB");
        }

        var field = text[_position..stop];
        _position = stop;
        return field;
    }

    private string ReadQuoted(int recordLine)
    {
        var openedOn = _line;
        _field.Clear();
        _position++;
        while (true)
        {
            var quote = text.IndexOf('"', _position);
            if (quote < 0)
            {
                throw ListingFile.Error(path, openedOn, "a quoted field opened on this line is never closed");
            }

            var part = text.AsSpan(_position, quote - _position);
            _line += part.Count('\n');
            _field.Append(part);
            if (_field.Length > MaxFieldChars)
            {
                throw ListingFile.Error(path, openedOn, $"quoted field is longer than {MaxFieldChars >> 10} KiB; is a quote left open?");
            }

            _position = quote + 1;
            if (_position < text.Length && text[_position] == '"')
            {
                _field.Append('"');
                _position++;
                continue;
            }

            break;
        }

        var rest = text.AsSpan(_position);
        if (!(rest.IsEmpty || rest[0] is ',' or '\n' || rest.StartsWith("\r\n")))
        {
            throw ListingFile.Error(path, _line, $"unexpected text after the closing quote of a field of the record on line {recordLine}");
        }

        return _field.ToString();
    }
}
