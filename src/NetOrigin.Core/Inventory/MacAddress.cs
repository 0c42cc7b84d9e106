using System.Globalization;

namespace NetOrigin.Inventory;

/// <summary>A 48-bit IEEE MAC address (EUI-48).</summary>
public readonly record struct MacAddress(ulong Value)
{
    /// <summary>The I/G bit: set on group (multicast and broadcast) addresses.</summary>
    public bool IsMulticast => ((Value >> 40) & 0x01) != 0;

    /// <summary>The U/L bit: set on locally administered addresses, which carry no registered prefix.</summary>
    public bool IsLocallyAdministered => ((Value >> 40) & 0x02) != 0;

    /// <summary>The first <paramref name="bits"/> bits, right-aligned.</summary>
    internal ulong Prefix(int bits) => Value >> (48 - bits);

    public override string ToString() => string.Create(17, Value, static (span, v) =>
    {
        for (var i = 0; i < 6; i++)
        {
            var b = (byte)(v >> (40 - (8 * i)));
            span[i * 3] = HexDigit(b >> 4);
            span[(i * 3) + 1] = HexDigit(b & 0xF);
            if (i < 5)
            {
                span[(i * 3) + 2] = ':';
            }
        }
    });

    private static char HexDigit(int n) => (char)(n < 10 ? '0' + n : 'A' + n - 10);

    /// <summary>
    /// Parses the spellings inventories use: 30:FB:B8:01:02:03, 30-fb-b8-01-02-03, 30fb.b801.0203, 30fbb8010203.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out MacAddress mac)
    {
        mac = default;
        ulong value = 0;
        var digits = 0;
        foreach (var c in text.Trim())
        {
            int nibble;
            if (c is >= '0' and <= '9')
            {
                nibble = c - '0';
            }
            else if (c is >= 'a' and <= 'f')
            {
                nibble = c - 'a' + 10;
            }
            else if (c is >= 'A' and <= 'F')
            {
                nibble = c - 'A' + 10;
            }
            else if (c is ':' or '-' or '.')
            {
                continue;
            }
            else
            {
                return false;
            }

            if (++digits > 12)
            {
                return false;
            }

            value = (value << 4) | (uint)nibble;
        }

        if (digits != 12)
        {
            return false;
        }

        mac = new MacAddress(value);
        return true;
    }

    public static MacAddress Parse(string text) =>
        TryParse(text, out var mac) ? mac : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a MAC address"));
}
