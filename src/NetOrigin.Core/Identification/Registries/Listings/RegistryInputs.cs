using System.Globalization;

namespace NetOrigin.Identification.Registries.Listings;

/// <summary>
/// Finds and reads the registry listings in a directory, by the names their publishers give them: the IEEE CSV
/// listings and IANA's enterprise-numbers first, then the packagings that are often fresher (Wireshark's
/// enterprises.tsv, npm oui-data's index.json). Every file found is read, so a broken one is reported even when
/// another file would have been chosen for its registry.
/// </summary>
internal static class RegistryInputs
{
    /// <summary>Written by Debian's ieee-data (update-ieee-data) beside its CSV files: the download time as Unix seconds.</summary>
    public const string IeeeDataStamp = ".lastupdate";

    private static readonly (string File, RegistryDefinition Registry)[] IeeeCsvFiles =
    [
        ("oui.csv", RegistryDefinition.MaL),
        ("mam.csv", RegistryDefinition.MaM),
        ("oui36.csv", RegistryDefinition.MaS),
        ("iab.csv", RegistryDefinition.Iab),
    ];

    /// <summary>The file names looked for, in order of preference when two give the same number of entries.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [.. IeeeCsvFiles.Select(f => f.File), "enterprise-numbers", "enterprises.tsv", "index.json"];

    public static IReadOnlyList<RegistryListing> Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory}: no such directory");
        }

        var listings = new List<RegistryListing>();
        var stamp = ReadIeeeDataStamp(Path.Combine(directory, IeeeDataStamp));
        foreach (var (file, registry) in IeeeCsvFiles)
        {
            var path = Path.Combine(directory, file);
            if (File.Exists(path))
            {
                listings.Add(IeeeCsvListing.Read(path, registry, stamp is null ? null : "ieee-data", stamp));
            }
        }

        var iana = Path.Combine(directory, "enterprise-numbers");
        if (File.Exists(iana))
        {
            listings.Add(IanaEnterpriseNumbersListing.Read(iana));
        }

        var wireshark = Path.Combine(directory, "enterprises.tsv");
        if (File.Exists(wireshark))
        {
            listings.Add(WiresharkEnterprisesListing.Read(wireshark));
        }

        var ouiData = Path.Combine(directory, "index.json");
        if (File.Exists(ouiData))
        {
            listings.AddRange(OuiDataListing.Read(ouiData));
        }

        return listings;
    }

    private static ListingDate? ReadIeeeDataStamp(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = ListingFile.ReadText(path).Trim();
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253_402_300_799)
        {
            throw ListingFile.Error(path, 1, $"'{(text.Length > 40 ? text[..40] + "…" : text)}' is not a Unix time (seconds since 1970)");
        }

        var date = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        return new ListingDate(date, $"ieee-data {IeeeDataStamp}");
    }
}
