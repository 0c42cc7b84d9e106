namespace NetOrigin.Connectors.Snmp.Ber;

/// <summary>
/// Reads definite-length BER (X.690) from a datagram. Every length is checked against what is left, so a hostile
/// or truncated reply raises <see cref="BerException"/>, never reads past its end or allocates by a claimed length.
/// </summary>
public ref struct BerReader
{
    private readonly ReadOnlySpan<byte> _data;

    public BerReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        Position = 0;
    }

    public readonly bool AtEnd => Position >= _data.Length;

    /// <summary>How many bytes have been read.</summary>
    public int Position { get; private set; }

    public readonly byte PeekTag() => AtEnd ? throw new BerException("the data ends where a value was expected") : _data[Position];

    /// <summary>Reads one TLV: its tag and its contents.</summary>
    public ReadOnlySpan<byte> Read(out byte tag)
    {
        if (Position >= _data.Length)
        {
            throw new BerException("the data ends where a value was expected");
        }

        tag = _data[Position++];
        if ((tag & 0x1F) == 0x1F)
        {
            throw new BerException($"tag 0x{tag:X2} uses the multi-byte form, which SNMP never does");
        }

        var length = ReadLength();
        var contents = _data.Slice(Position, length);
        Position += length;
        return contents;
    }

    /// <summary>Reads one TLV that must have <paramref name="expected"/> as its tag.</summary>
    public ReadOnlySpan<byte> Read(byte expected, string what)
    {
        var contents = Read(out var tag);
        return tag == expected ? contents : throw new BerException($"{what}: expected tag 0x{expected:X2}, found 0x{tag:X2}");
    }

    public long ReadInteger(string what) => DecodeInteger(Read(BerTag.Integer, what), what);

    public byte[] ReadOctetString(string what) => Read(BerTag.OctetString, what).ToArray();

    private int ReadLength()
    {
        if (Position >= _data.Length)
        {
            throw new BerException("the data ends inside a length");
        }

        int first = _data[Position++];
        int length;
        if (first < 0x80)
        {
            length = first;
        }
        else
        {
            var count = first & 0x7F;
            if (count == 0)
            {
                throw new BerException("indefinite lengths are not allowed in SNMP");
            }

            if (count > 4 || Position + count > _data.Length)
            {
                throw new BerException("a length field is longer than the data");
            }

            long value = 0;
            for (var i = 0; i < count; i++)
            {
                value = (value << 8) | _data[Position++];
            }

            if (value > int.MaxValue)
            {
                throw new BerException("a length is larger than any datagram");
            }

            length = (int)value;
        }

        if (length > _data.Length - Position)
        {
            throw new BerException($"a value claims {length} bytes but only {_data.Length - Position} remain");
        }

        return length;
    }

    /// <summary>A two's-complement integer of at most 8 bytes (9 for an unsigned 64-bit value with a leading zero).</summary>
    public static long DecodeInteger(ReadOnlySpan<byte> contents, string what)
    {
        if (contents.IsEmpty)
        {
            throw new BerException($"{what}: an integer has no bytes");
        }

        if (contents.Length > 8)
        {
            throw new BerException($"{what}: an integer of {contents.Length} bytes is too large");
        }

        long value = (sbyte)contents[0];
        for (var i = 1; i < contents.Length; i++)
        {
            value = (value << 8) | contents[i];
        }

        return value;
    }

    /// <summary>An unsigned integer (Counter32, Gauge32, TimeTicks, Counter64), which BER may prefix with a zero byte.</summary>
    public static ulong DecodeUnsigned(ReadOnlySpan<byte> contents, string what)
    {
        if (contents.IsEmpty)
        {
            throw new BerException($"{what}: an integer has no bytes");
        }

        if (contents.Length > 9 || (contents.Length == 9 && contents[0] != 0))
        {
            throw new BerException($"{what}: an unsigned integer of {contents.Length} bytes is too large");
        }

        ulong value = 0;
        foreach (var b in contents)
        {
            value = (value << 8) | b;
        }

        return value;
    }
}
