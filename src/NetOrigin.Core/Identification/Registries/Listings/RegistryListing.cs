namespace NetOrigin.Identification.Registries.Listings;

/// <summary>One registry's assignments as read from one input file, in key order.</summary>
public sealed class RegistryListing
{
    internal RegistryListing(RegistryDefinition registry, IReadOnlyList<RegistryEntry> entries, string file, string source, ListingDate? date, IReadOnlyList<string> notes)
    {
        Registry = registry;
        Entries = entries;
        File = file;
        Source = source;
        Date = date;
        Notes = notes;
    }

    public RegistryDefinition Registry { get; }

    public IReadOnlyList<RegistryEntry> Entries { get; }

    /// <summary>The input file's path.</summary>
    public string File { get; }

    /// <summary>Who publishes the listing and which packaging and file it came from, as the snapshot header records it.</summary>
    public string Source { get; }

    /// <summary>The date the input carries itself (ieee-data's .lastupdate, a "last updated" line), if any.</summary>
    internal ListingDate? Date { get; }

    /// <summary>What the reader noticed but accepted: prefixes listed twice, numbers marked unassigned.</summary>
    public IReadOnlyList<string> Notes { get; }
}

/// <summary>One assignment: a MAC prefix or enterprise number and the organisation's name, whitespace normalised.</summary>
public readonly record struct RegistryEntry(ulong Key, string Organisation);

/// <summary>A snapshot date and where it was taken from, for the snapshot's evidence.</summary>
public sealed record ListingDate(DateOnly Date, string Origin);
