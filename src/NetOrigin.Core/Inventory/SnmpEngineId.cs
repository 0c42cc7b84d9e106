using System.Globalization;
using System.Text;

namespace NetOrigin.Inventory;

/// <summary>The format octet of an RFC 3411 snmpEngineID (the fifth octet when the first bit is set).</summary>
internal enum SnmpEngineIdFormat
{
    /// <summary>The older RFC 1910 layout: enterprise number, then 8 enterprise-specific octets.</summary>
    Legacy = 0,
    Ipv4 = 1,
    Ipv6 = 2,
    Mac = 3,
    Text = 4,
    Octets = 5,
    Reserved = 6,
    EnterpriseSpecific = 128,
}

/// <summary>
/// An SNMP engine ID (RFC 3411 SnmpEngineID). Its first four octets carry the IANA enterprise number of the agent's
/// vendor (with the high bit set in the current layout); the fifth says what follows — a MAC address (format 3)
/// names the hardware as well.
/// </summary>
internal sealed class SnmpEngineId
{
    private SnmpEngineId(byte[] octets, long enterpriseNumber, SnmpEngineIdFormat format)
    {
        Octets = octets;
        EnterpriseNumber = enterpriseNumber;
        Format = format;
    }

    public IReadOnlyList<byte> Octets { get; }

    /// <summary>The IANA private enterprise number of the agent's vendor.</summary>
    public long EnterpriseNumber { get; }
    public SnmpEngineIdFormat Format { get; }

    /// <summary>The MAC address a format-3 engine ID carries, if any.</summary>
    public MacAddress? Mac => Format == SnmpEngineIdFormat.Mac && Octets.Count >= 11
        ? new MacAddress(Octets.Skip(5).Take(6).Aggregate(0UL, (v, b) => (v << 8) | b))
        : null;

    /// <summary>The administrator-chosen text of a format-4 engine ID.</summary>
    public string? Text => Format == SnmpEngineIdFormat.Text && Octets.Count > 5 ? Encoding.UTF8.GetString(Octets.Skip(5).ToArray()) : null;

    /// <summary>Hex octets joined by colons, the way snmpwalk prints them without the 0x.</summary>
    public override string ToString() => string.Join(':', Octets.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));

    /// <summary>
    /// Parses the spellings tools print: 0x800007DB0330FBB8010203, 80:00:07:DB:03:..., "80 00 07 db 03 ..." and
    /// net-snmp's "80 00 1F 88 ...". An engine ID is 5 to 32 octets (RFC 3411).
    /// </summary>
    public static bool TryParse(string text, out SnmpEngineId? engineId, out string? reason)
    {
        engineId = null;
        var s = text.Trim();
        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            s = s[2..];
        }

        var hex = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsAsciiHexDigit(c))
            {
                hex.Append(c);
            }
            else if (c is not (':' or ' ' or '-' or '.'))
            {
                reason = $"'{c}' is not a hexadecimal digit";
                return false;
            }
        }

        if (hex.Length % 2 != 0)
        {
            reason = "it has an odd number of hexadecimal digits";
            return false;
        }

        var octets = Convert.FromHexString(hex.ToString());
        if (octets.Length is < 5 or > 32)
        {
            reason = $"it is {octets.Length} octets long; an engine ID has 5 to 32";
            return false;
        }

        var enterprise = ((long)(octets[0] & 0x7F) << 24) | ((long)octets[1] << 16) | ((long)octets[2] << 8) | octets[3];
        var format = (octets[0] & 0x80) == 0
            ? SnmpEngineIdFormat.Legacy
            : octets[4] switch
            {
                >= 1 and <= 5 => (SnmpEngineIdFormat)octets[4],
                >= 128 => SnmpEngineIdFormat.EnterpriseSpecific,
                _ => SnmpEngineIdFormat.Reserved,
            };
        engineId = new SnmpEngineId(octets, enterprise, format);
        reason = null;
        return true;
    }

    public static string FormatName(SnmpEngineIdFormat format) => format switch
    {
        SnmpEngineIdFormat.Legacy => "RFC 1910 layout",
        SnmpEngineIdFormat.Ipv4 => "IPv4 address",
        SnmpEngineIdFormat.Ipv6 => "IPv6 address",
        SnmpEngineIdFormat.Mac => "MAC address",
        SnmpEngineIdFormat.Text => "text",
        SnmpEngineIdFormat.Octets => "octets",
        SnmpEngineIdFormat.EnterpriseSpecific => "enterprise-specific",
        _ => ((int)format).ToString(CultureInfo.InvariantCulture),
    };
}
