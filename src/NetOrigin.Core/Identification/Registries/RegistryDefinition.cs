using System.Globalization;

namespace NetOrigin.Identification.Registries;

/// <summary>
/// One registry NetOrigin ships a snapshot of: its name, the snapshot file in data/registries, the title and column
/// header written at the top of that file, and how its keys are spelled (MAC prefixes in fixed-width upper-case
/// hexadecimal, enterprise numbers in decimal).
/// </summary>
public sealed class RegistryDefinition
{
    internal static readonly RegistryDefinition MaL = new("MA-L", "ieee-ma-l.tsv", "IEEE MA-L registry", "prefix", 6);
    internal static readonly RegistryDefinition MaM = new("MA-M", "ieee-ma-m.tsv", "IEEE MA-M registry", "prefix", 7);
    internal static readonly RegistryDefinition MaS = new("MA-S", "ieee-ma-s.tsv", "IEEE MA-S registry", "prefix", 9);
    internal static readonly RegistryDefinition Iab = new("IAB", "ieee-iab.tsv", "IEEE IAB registry (closed to new assignments)", "prefix", 9);
    internal static readonly RegistryDefinition EnterpriseNumbers = new("IANA PEN", "iana-enterprise-numbers.tsv", "IANA Private Enterprise Numbers", "number", 0);

    private RegistryDefinition(string name, string fileName, string title, string keyColumn, int hexDigits)
    {
        Name = name;
        FileName = fileName;
        Title = title;
        KeyColumn = keyColumn;
        HexDigits = hexDigits;
    }

    /// <summary>Every registry, in the order they are reported.</summary>
    internal static IReadOnlyList<RegistryDefinition> All { get; } = [MaL, MaM, MaS, Iab, EnterpriseNumbers];

    /// <summary>"MA-L", "IAB", "IANA PEN".</summary>
    public string Name { get; }

    internal string FileName { get; }

    internal string Title { get; }

    internal string KeyColumn { get; }

    /// <summary>Hexadecimal digits of a MAC prefix (6, 7 or 9); 0 for decimal enterprise numbers.</summary>
    internal int HexDigits { get; }

    internal bool IsMacRegistry => HexDigits > 0;

    /// <summary>The largest key: a full prefix of <see cref="HexDigits"/> digits, or a 32-bit enterprise number (an SNMP sub-identifier).</summary>
    internal ulong MaxKey => IsMacRegistry ? (1UL << (4 * HexDigits)) - 1 : uint.MaxValue;

    internal string FormatKey(ulong key) => IsMacRegistry
        ? key.ToString("X" + HexDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        : key.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a key as the registry spells it; MAC prefixes must have exactly <see cref="HexDigits"/> digits.</summary>
    internal bool TryParseKey(ReadOnlySpan<char> text, out ulong key)
    {
        key = 0;
        if (IsMacRegistry)
        {
            return text.Length == HexDigits && ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out key);
        }

        return text.Length is > 0 and <= 10 && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out key) && key <= MaxKey;
    }

    public override string ToString() => Name;
}
