using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace NetOrigin.Reports;

/// <summary>
/// Delimited rows written straight to UTF-8 in one buffer over a stream: cells are made formula-safe
/// (<see cref="FormulaGuard"/>) and quoted as RFC 4180 requires while being copied, so no string is built per
/// cell; fragments many rows share are encoded once (<see cref="Fragment"/>) and copied as bytes.
/// </summary>
internal sealed class Utf8CsvWriter(Stream output) : IDisposable
{
    private static readonly SearchValues<char> QuoteChars = SearchValues.Create(",\"\r\n");
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _used;

    /// <summary>A string cell, guarded and quoted as needed; nothing for null or empty.</summary>
    public void Cell(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            var quote = value.AsSpan().IndexOfAny(QuoteChars) >= 0;
            if (quote)
            {
                Byte((byte)'"');
            }

            if (FormulaGuard.IsNeeded(value))
            {
                Byte((byte)'\'');
            }

            Escaped(value);
            if (quote)
            {
                Byte((byte)'"');
            }
        }

        Byte((byte)',');
    }

    /// <summary>A cell of fragments joined by <paramref name="separator"/> (which needs no quoting), guarded and quoted as one cell.</summary>
    public void Cell(IReadOnlyList<Fragment> fragments, Fragment separator)
    {
        var quote = false;
        foreach (var fragment in fragments)
        {
            quote |= fragment.NeedsQuotes;
        }

        if (quote)
        {
            Byte((byte)'"');
        }

        if (fragments.Count > 0 && fragments[0].NeedsGuard)
        {
            Byte((byte)'\'');
        }

        for (var i = 0; i < fragments.Count; i++)
        {
            if (i > 0)
            {
                Raw(separator.Bytes);
            }

            Raw(fragments[i].Bytes);
        }

        if (quote)
        {
            Byte((byte)'"');
        }

        Byte((byte)',');
    }

    /// <summary>A cell already encoded (a <see cref="Fragment"/> made with <see cref="Fragment.Cell"/>), with its comma.</summary>
    public void Cell(Fragment cell)
    {
        Raw(cell.Bytes);
        Byte((byte)',');
    }

    public void Number(long value)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_used), out var written);
        _used += written;
    }

    /// <summary>A cell formatted without a string: a date, a number.</summary>
    public void Cell<T>(T? value, string format)
        where T : struct, IUtf8SpanFormattable
    {
        if (value is { } v)
        {
            Ensure(64);
            v.TryFormat(_buffer.AsSpan(_used), out var written, format, System.Globalization.CultureInfo.InvariantCulture);
            _used += written;
        }

        Byte((byte)',');
    }

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                output.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    public void Byte(byte value)
    {
        Ensure(1);
        _buffer[_used++] = value;
    }

    public void EndRow()
    {
        // Each cell ends with a comma; the row's last one becomes the line's end.
        _buffer[_used - 1] = (byte)'\n';
    }

    public void Flush()
    {
        output.Write(_buffer, 0, _used);
        _used = 0;
    }

    /// <summary>The text with each double quote doubled, as inside a quoted cell.</summary>
    private void Escaped(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var quote = text.IndexOf('"');
            var part = quote < 0 ? text : text[..quote];
            Utf8(part);
            if (quote < 0)
            {
                return;
            }

            Raw("\"\""u8);
            text = text[(quote + 1)..];
        }
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > _buffer.Length)
        {
            Raw(Encoding.UTF8.GetBytes(text.ToArray()));
            return;
        }

        Ensure(most);
        _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
    }

    private void Ensure(int bytes)
    {
        if (_buffer.Length - _used < bytes)
        {
            Flush();
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    /// <summary>
    /// Text encoded once for many cells: its UTF-8 with double quotes doubled, whether a cell holding it must be
    /// quoted, and whether a cell starting with it needs the formula guard.
    /// </summary>
    internal sealed class Fragment(byte[] bytes, bool needsQuotes, bool needsGuard)
    {
        public byte[] Bytes { get; } = bytes;
        public bool NeedsQuotes { get; } = needsQuotes;
        public bool NeedsGuard { get; } = needsGuard;

        /// <summary>Part of a cell (see <see cref="Utf8CsvWriter.Cell(IReadOnlyList{Fragment}, Fragment)"/>).</summary>
        public static Fragment Of(string text) => new(
            Encoding.UTF8.GetBytes(text.Replace("\"", "\"\"", StringComparison.Ordinal)),
            text.AsSpan().IndexOfAny(QuoteChars) >= 0,
            FormulaGuard.IsNeeded(text));

        /// <summary>A whole cell, guarded and quoted (see <see cref="CsvCell"/>).</summary>
        public static Fragment Cell(string? text) => new(Encoding.UTF8.GetBytes(CsvCell.Format(text)), false, false);
    }
}
