namespace NetOrigin.Identification.Registries.Listings;

/// <summary>
/// Wireshark's enterprises.tsv (Debian libwireshark-data): the IANA Private Enterprise Numbers compiled as
/// "number, spaces or tabs, organisation" lines, '#' comment lines, and a "(last updated YYYY-MM-DD)" comment.
/// Wireshark's compiler turns IANA's "(formerly '...')" into a trailing comment after a tab,
/// e.g. "Arista Networks, Inc.\t# formerly 'Arastra, Inc.'"; that comment is not part of the name and is cut off.
/// A '#' inside a name ("School District #57", "#B4mad Research Lab Organization") is kept.
/// </summary>
internal static class WiresharkEnterprisesListing
{
    public static RegistryListing Read(string path)
    {
        var registry = RegistryDefinition.EnterpriseNumbers;
        var entries = new ListingEntries(registry, path);
        ListingDate? date = null;
        var lines = ListingFile.Lines(ListingFile.ReadText(path));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            if (line.StartsWith('#'))
            {
                date ??= LastUpdatedLine.TryRead(line, path, lineNumber, "its 'last updated' comment");

                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var digits = line.AsSpan().IndexOfAnyExcept("0123456789");
            if (digits <= 0 || line[digits] is not (' ' or '\t'))
            {
                throw ListingFile.Error(path, lineNumber, "expected an enterprise number, spaces or tabs, and the organisation");
            }

            if (!registry.TryParseKey(line.AsSpan(0, digits), out var number))
            {
                throw ListingFile.Error(path, lineNumber, $"'{line[..digits]}' is not an enterprise number (0 to {uint.MaxValue})");
            }

            var name = line.AsSpan(digits).TrimStart(" \t");
            var organisation = ListingFile.NormaliseName(name[..CommentStart(name)], path, lineNumber);
            if (organisation.Length == 0)
            {
                throw ListingFile.Error(path, lineNumber, $"enterprise {number} has no organisation name");
            }

            entries.Add(number, organisation);
        }

        if (entries.Count == 0)
        {
            throw ListingFile.Error(path, ListingFile.LastLine(lines), "no enterprise numbers in the file; is it truncated?");
        }

        return entries.ToListing("IANA Private Enterprise Numbers registry, Wireshark enterprises.tsv", date);
    }

    /// <summary>
    /// Where a trailing comment starts: a '#' after white space that holds a tab (what Wireshark writes), or a
    /// "# formerly" after spaces (the same comment with the tab lost); the name's length when there is none.
    /// </summary>
    internal static int CommentStart(ReadOnlySpan<char> name)
    {
        for (var i = 1; i < name.Length; i++)
        {
            if (name[i] != '#' || name[i - 1] is not (' ' or '\t'))
            {
                continue;
            }

            var blank = i;
            while (blank > 0 && name[blank - 1] is ' ' or '\t')
            {
                blank--;
            }

            if (blank > 0 && (name[blank..i].Contains('\t') || name[i..].StartsWith("# formerly", StringComparison.Ordinal)))
            {
                return blank;
            }
        }

        return name.Length;
    }
}
