namespace NetOrigin.Identification.Registries.Listings;

/// <summary>
/// Rebuilds the registry snapshots (data/registries/*.tsv) from the listings found in a directory. Per registry the
/// listing with the most entries wins, because registries only grow: the larger listing is the fresher one. The
/// snapshot date is the one given, else the listing's own, else its file's modification date. Every input is read
/// before anything is written, and each snapshot is replaced whole, so bad input leaves the snapshots as they were.
/// </summary>
public static class RegistryUpdate
{
    /// <summary>npm writes this modification time into every file it packs; it says nothing about the data.</summary>
    private static readonly DateOnly NpmPlaceholderDate = new(1985, 10, 26);

    /// <summary>The files a run would read in <paramref name="fromDirectory"/> (those present), so a host can check its outputs against them first.</summary>
    public static IEnumerable<string> InputFiles(string fromDirectory) =>
        RegistryInputs.FileNames.Append(RegistryInputs.IeeeDataStamp).Append("package.json")
            .Select(name => Path.Combine(fromDirectory, name))
            .Where(File.Exists);

    /// <summary>The snapshot files a run may write in <paramref name="outDirectory"/>.</summary>
    public static IEnumerable<string> OutputFiles(string outDirectory) =>
        RegistryDefinition.All.Select(registry => Path.Combine(outDirectory, registry.FileName));

    /// <summary>
    /// Reads the listings in <paramref name="fromDirectory"/> and hands each snapshot to <paramref name="save"/>
    /// with the path it belongs at and a writer of its content: the host writes it (to a scratch file, then moved
    /// over the old one), since the engine writes no files of its own.
    /// </summary>
    public static RegistryUpdateResult Run(string fromDirectory, string outDirectory, DateOnly? date, Action<string, Action<TextWriter>> save)
    {
        var listings = RegistryInputs.Read(fromDirectory);
        if (listings.Count == 0)
        {
            throw new InvalidDataException($"{fromDirectory}: no registry listings found; expected one or more of {string.Join(", ", RegistryInputs.FileNames)}");
        }

        var chosen = new List<(RegistryListing Listing, ListingDate Date)>();
        var unused = new List<RegistryListing>();
        var missing = new List<RegistryDefinition>();
        foreach (var registry in RegistryDefinition.All)
        {
            var candidates = listings.Where(l => l.Registry == registry).ToList();
            if (candidates.Count == 0)
            {
                missing.Add(registry);
                continue;
            }

            // MaxBy keeps the first of equals, and the inputs are in order of preference.
            var winner = candidates.MaxBy(l => l.Entries.Count)!;
            chosen.Add((winner, SnapshotDate(winner, date)));
            unused.AddRange(candidates.Where(l => l != winner));
        }

        var built = new List<BuiltSnapshot>();
        foreach (var (listing, snapshotDate) in chosen)
        {
            var path = Path.Combine(outDirectory, listing.Registry.FileName);
            var previous = SnapshotFile.TryReadEntryCount(path);
            save(path, writer => SnapshotFile.Write(writer, listing.Registry, listing.Source, snapshotDate.Date, listing.Entries));
            built.Add(new BuiltSnapshot(listing, snapshotDate, path, previous));
        }

        return new RegistryUpdateResult(built, unused, missing);
    }

    private static ListingDate SnapshotDate(RegistryListing listing, DateOnly? given)
    {
        if (given is { } date)
        {
            return new ListingDate(date, "--date");
        }

        if (listing.Date is { } own)
        {
            return own;
        }

        var modified = DateOnly.FromDateTime(File.GetLastWriteTimeUtc(listing.File));
        return modified == NpmPlaceholderDate
            ? throw new InvalidDataException($"{listing.File} carries no date and its modification time ({modified:yyyy-MM-dd}) is the one npm gives every packed file; give the package's publish date with --date (npm view PACKAGE@VERSION time)")
            : new ListingDate(modified, "the file's modification time");
    }
}

/// <summary>What one update did: the snapshots written, the inputs read but not chosen, and the registries without input.</summary>
public sealed record RegistryUpdateResult(IReadOnlyList<BuiltSnapshot> Built, IReadOnlyList<RegistryListing> Unused, IReadOnlyList<RegistryDefinition> Missing);

/// <summary>A snapshot written from <paramref name="Listing"/>; <paramref name="PreviousEntries"/> is what the file it replaced held.</summary>
public sealed record BuiltSnapshot(RegistryListing Listing, ListingDate Date, string Path, int? PreviousEntries);
