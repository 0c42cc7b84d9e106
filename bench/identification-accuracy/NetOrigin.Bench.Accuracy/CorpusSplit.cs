using System.Text;

namespace NetOrigin.Bench.Accuracy;

/// <summary>
/// The committed rule that splits every labelled corpus into a tuning half and a validation half by device family,
/// never by row: all rows of one family (a banner corpus product line, an SNMP corpus OS family, a model corpus
/// product series) fall in the same half, so the validation half holds families the patterns were not written
/// against. The half is the parity of the 64-bit FNV-1a hash of the family key's UTF-8 bytes: even is tuning.
/// </summary>
internal static class CorpusSplit
{
    public const string Tuning = "tuning";
    public const string Validation = "validation";

    public static string HalfOf(string familyKey)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(familyKey))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash % 2 == 0 ? Tuning : Validation;
    }

    /// <summary>
    /// The product series of a model number: the maker, then the model's letters up to and including its first
    /// digit, ignoring spaces and punctuation and a leading maker name ("Catalyst 9300-48P" → "catalyst9",
    /// "DS-2CD2143G0-I" → "ds2", "ISR4331/K9" → "isr4"). Models of one series share a naming scheme, so a series
    /// is the unit a pattern generalises over.
    /// </summary>
    public static string ModelSeries(string manufacturer, string model)
    {
        var maker = manufacturer.Trim().ToLowerInvariant();
        var text = model.Trim().ToLowerInvariant();
        if (maker.Length > 0 && text.StartsWith(maker, StringComparison.Ordinal))
        {
            text = text[maker.Length..];
        }

        var series = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                series.Append(c);
            }
            else if (char.IsDigit(c))
            {
                series.Append(c);
                break;
            }

            if (series.Length >= 16)
            {
                break;
            }
        }

        return $"{maker}|{series}";
    }

    /// <summary>A banner corpus row's product family: its vendor and product, else its fingerprint without the variant suffix.</summary>
    public static string BannerFamily(string vendor, string product, string fingerprintDescription, string sourceFile)
    {
        var line = product.Length > 0 ? product : fingerprintDescription;
        var variant = line.IndexOf(" - variant", StringComparison.OrdinalIgnoreCase);
        if (variant > 0)
        {
            line = line[..variant];
        }

        return $"{(vendor.Length > 0 ? vendor : sourceFile).Trim().ToLowerInvariant()}|{line.Trim().ToLowerInvariant()}";
    }
}
