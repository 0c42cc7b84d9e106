namespace NetOrigin.Connectors.Snmp.Ber;

/// <summary>
/// Writes definite-length BER. Constructed values are written by <see cref="BeginSequence"/> / <see cref="End"/>:
/// the contents go first into the buffer and the length is inserted when the value ends, so the writer needs no
/// second pass and callers can learn where in the final message a value lands (<see cref="Position"/>).
/// </summary>
public sealed class BerWriter
{
    private readonly List<byte> _buffer = new(256);
    private readonly Stack<(int Start, byte Tag)> _open = new();

    public int Position => _buffer.Count;

    public void BeginSequence(byte tag = BerTag.Sequence)
    {
        _open.Push((_buffer.Count, tag));
    }

    /// <summary>Closes the innermost open value; returns how many bytes its tag and length added before its contents.</summary>
    public int End()
    {
        var (start, tag) = _open.Pop();
        var header = Header(tag, _buffer.Count - start);
        _buffer.InsertRange(start, header);
        return header.Length;
    }

    public void Write(byte tag, ReadOnlySpan<byte> contents)
    {
        _buffer.AddRange(Header(tag, contents.Length));
        foreach (var b in contents)
        {
            _buffer.Add(b);
        }
    }

    public void WriteInteger(long value) => Write(BerTag.Integer, EncodeInteger(value));

    public void WriteUnsigned(byte tag, ulong value)
    {
        var bytes = new List<byte>(9);
        do
        {
            bytes.Insert(0, (byte)value);
            value >>= 8;
        }
        while (value != 0);

        if ((bytes[0] & 0x80) != 0)
        {
            bytes.Insert(0, 0);
        }

        Write(tag, bytes.ToArray());
    }

    public void WriteOctetString(ReadOnlySpan<byte> value) => Write(BerTag.OctetString, value);

    public void WriteNull() => Write(BerTag.Null, []);

    public void WriteObjectIdentifier(Oid oid) => Write(BerTag.ObjectIdentifier, oid.Encode());

    public byte[] ToArray() => _open.Count == 0 ? [.. _buffer] : throw new InvalidOperationException("a sequence is still open");

    public static byte[] EncodeInteger(long value)
    {
        var bytes = new List<byte>(8);
        while (true)
        {
            bytes.Insert(0, (byte)value);
            var rest = value >> 8;

            // Stop when the remaining bits are only sign extension of the byte just written.
            if ((rest == 0 && (bytes[0] & 0x80) == 0) || (rest == -1 && (bytes[0] & 0x80) != 0))
            {
                break;
            }

            value = rest;
        }

        return [.. bytes];
    }

    public static byte[] Header(byte tag, int length)
    {
        if (length < 0x80)
        {
            return [tag, (byte)length];
        }

        if (length <= 0xFF)
        {
            return [tag, 0x81, (byte)length];
        }

        if (length <= 0xFFFF)
        {
            return [tag, 0x82, (byte)(length >> 8), (byte)length];
        }

        return [tag, 0x84, (byte)(length >> 24), (byte)(length >> 16), (byte)(length >> 8), (byte)length];
    }
}
