using NetOrigin.Identification.Registries.Listings;

namespace NetOrigin.Fuzzing.Targets;

public enum RegistryListingKind
{
    IeeeCsv,
    IanaText,
    WiresharkTsv,
    OuiDataJson,
}

/// <summary>A registry listing as `data update` reads it (IEEE CSV, IANA's text, Wireshark's TSV, npm oui-data's JSON).</summary>
public sealed class RegistryListingTarget(RegistryListingKind kind) : IFuzzTarget
{
    private static readonly string[] ListingTokens =
    [
        "\"", ",", "\t", "\n", "\r\n", "  ", "Registry,Assignment,Organization Name,Organization Address", "MA-L,", "MA-M,", "MA-S,", "IAB,",
        "30FBB8", "30FBB8A", "30FBB8A12", "ZZZZZZ", "99999999999", "2011", "  Contact", "  Email", "(last updated 2024-08-23)", "(last updated 9999-99-99)",
        "{", "}", ":", "\"30:FB:B8\"", "null", "[", "]", "\\ud800", "Unassigned", "Reserved", "---none---", "\uFEFF",
    ];

    public string Name { get; } = kind switch
    {
        RegistryListingKind.IeeeCsv => "listing-ieee-csv",
        RegistryListingKind.IanaText => "listing-iana",
        RegistryListingKind.WiresharkTsv => "listing-wireshark",
        _ => "listing-oui-data",
    };

    public string Extension { get; } = kind switch
    {
        RegistryListingKind.IeeeCsv => "csv",
        RegistryListingKind.IanaText => "txt",
        RegistryListingKind.WiresharkTsv => "tsv",
        _ => "json",
    };

    public IReadOnlyList<byte[]> Seeds { get; } = FuzzSeeds.Files(Path.Combine("registries", kind.ToString()));

    public IReadOnlyList<byte[]> Tokens { get; } = FuzzSeeds.Tokens(ListingTokens);

    public bool IsInputError(Exception exception) => exception is InvalidDataException;

    /// <summary>The name `data update` looks for in its --from directory.</summary>
    private string FileName => kind switch
    {
        RegistryListingKind.IeeeCsv => "oui.csv",
        RegistryListingKind.IanaText => "enterprise-numbers",
        RegistryListingKind.WiresharkTsv => "enterprises.tsv",
        _ => "index.json",
    };

    public string? Run(byte[] input, FuzzScratch scratch)
    {
        // As `data update --from DIR` reads it, in a directory named for the input so that errors name it; the
        // snapshots it would write go to a writer that keeps nothing.
        var path = scratch.File(Path.Combine(Name, FuzzTargets.InputName, FileName), input);
        var result = RegistryUpdate.Run(Path.GetDirectoryName(path)!, Path.Combine(scratch.Directory, "snapshots"), new DateOnly(2026, 1, 1), (_, write) => write(TextWriter.Null));
        _ = result.Built.Sum(b => b.Listing.Entries.Count + b.Listing.Notes.Count);
        return null;
    }
}
