using System.Globalization;
using System.Text.RegularExpressions;

namespace NetOrigin.Identification.Registries.Listings;

/// <summary>The "(last updated YYYY-MM-DD)" line IANA's registry and Wireshark's copy of it carry.</summary>
internal static partial class LastUpdatedLine
{
    public static ListingDate? TryRead(string line, string path, int lineNumber, string origin)
    {
        if (Pattern().Match(line) is not { Success: true } match)
        {
            return null;
        }

        var text = match.Groups[1].Value;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new ListingDate(date, origin)
            : throw ListingFile.Error(path, lineNumber, $"'{text}' in the 'last updated' line is not a date");
    }

    [GeneratedRegex(@"last updated (\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
