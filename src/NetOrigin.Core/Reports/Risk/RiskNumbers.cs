using System.Globalization;

namespace NetOrigin.Reports.Risk;

/// <summary>
/// How risk reports print numbers: without trailing zeros, invariant culture — the same text in JSON, CSV, tables
/// and pictures, so a figure read from one matches the others exactly.
/// </summary>
internal static class RiskNumbers
{
    /// <summary>The same value with no trailing zeros (1.50 becomes 1.5), so JSON prints it as text does.</summary>
    public static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;

    public static string Text(decimal value) => Normalise(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>"42.5" or "42.5 (+15 unknown)".</summary>
    public static string Score(decimal value, decimal unknownWeight) =>
        unknownWeight == 0 ? Text(value) : $"{Text(value)} (+{Text(unknownWeight)} unknown)";
}
