namespace NetOrigin.Inventory;

/// <summary>SNMP object identifiers as inventories and SNMP tools print them.</summary>
internal static class ObjectIdentifier
{
    private static readonly (string Prefix, string Numeric)[] SymbolicPrefixes =
    [
        ("SNMPv2-SMI::enterprises.", "1.3.6.1.4.1."),
        ("enterprises.", "1.3.6.1.4.1."),
        ("iso.", "1."),
    ];

    /// <summary>
    /// Normalises ".1.3.6.1.4.1.2011.2.23", "iso.3.6.1.4.1.2011.2.23" and "SNMPv2-SMI::enterprises.2011.2.23"
    /// to "1.3.6.1.4.1.2011.2.23".
    /// </summary>
    public static bool TryNormalise(string text, out string oid)
    {
        var s = text.Trim();
        foreach (var (prefix, numeric) in SymbolicPrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                s = numeric + s[prefix.Length..];
                break;
            }
        }

        s = s.TrimStart('.');
        oid = s;
        if (s.Length == 0 || s[^1] == '.')
        {
            return false;
        }

        var previousDot = true;
        foreach (var c in s)
        {
            if (c == '.')
            {
                if (previousDot)
                {
                    return false;
                }

                previousDot = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                previousDot = false;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The IANA private enterprise number of an OID under 1.3.6.1.4.1, if it is one.</summary>
    public static long? EnterpriseNumber(string normalisedOid)
    {
        const string Enterprises = "1.3.6.1.4.1.";
        if (!normalisedOid.StartsWith(Enterprises, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = normalisedOid.AsSpan(Enterprises.Length);
        var dot = rest.IndexOf('.');
        var digits = dot < 0 ? rest : rest[..dot];
        return long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
