using System.Text;

namespace NetOrigin.Inventory;

/// <summary>
/// Reads lines without ever holding more than <see cref="MaxLineChars"/> characters of one line, so a file with no
/// line breaks cannot exhaust memory. Counts lines from 1.
/// </summary>
internal sealed class BoundedLineReader : IDisposable
{
    public const int MaxLineChars = 1 << 20;
    private readonly TextReader _reader;
    private readonly string _file;
    private readonly char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    public BoundedLineReader(TextReader reader, string file)
    {
        _reader = reader;
        _file = file;
    }

    /// <summary>The number of the line the last <see cref="ReadLine"/> returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The next line without its terminator, or null at end of input.</summary>
    public string? ReadLine()
    {
        StringBuilder? longLine = null;
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf('\n');
            if (newline >= 0)
            {
                var line = span[..newline];
                _start += newline + 1;
                LineNumber++;
                return Finish(longLine, line);
            }

            if (_eof)
            {
                if (span.IsEmpty && longLine is null)
                {
                    return null;
                }

                _start = _end;
                LineNumber++;
                return Finish(longLine, span);
            }

            if (_start > 0 && _end - _start < _buffer.Length)
            {
                span.CopyTo(_buffer);
                _end -= _start;
                _start = 0;
            }
            else if (_end - _start == _buffer.Length)
            {
                longLine ??= new StringBuilder(_buffer.Length * 2);
                longLine.Append(span);
                if (longLine.Length > MaxLineChars)
                {
                    throw new InventoryFormatException($"{_file}:{LineNumber + 1}: line is longer than {MaxLineChars / 1024} KiB; is this a text inventory?");
                }

                _start = _end = 0;
            }

            var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
    }

    private string Finish(StringBuilder? longLine, ReadOnlySpan<char> tail)
    {
        if (longLine is null)
        {
            return new string(tail.EndsWith('\r') ? tail[..^1] : tail);
        }

        longLine.Append(tail);
        if (longLine.Length > MaxLineChars)
        {
            throw new InventoryFormatException($"{_file}:{LineNumber}: line is longer than {MaxLineChars / 1024} KiB; is this a text inventory?");
        }

        if (longLine[^1] == '\r')
        {
            longLine.Length--;
        }

        return longLine.ToString();
    }

    public void Dispose() => _reader.Dispose();
}
