namespace NetOrigin.Identification.Registries.Listings;

/// <summary>
/// IANA's own enterprise-numbers text (https://www.iana.org/assignments/enterprise-numbers/enterprise-numbers):
/// a preamble with "(last updated YYYY-MM-DD)" and a legend, then one block per number — the decimal number at the
/// start of a line, the organisation indented two spaces (sometimes three), the contact indented four and the
/// e-mail six — and "End of Document" last. Without that last line the file is taken as truncated.
/// </summary>
internal static class IanaEnterpriseNumbersListing
{
    private const int MaxOrganisationIndent = 3;

    public static RegistryListing Read(string path)
    {
        var registry = RegistryDefinition.EnterpriseNumbers;
        var entries = new ListingEntries(registry, path);
        ListingDate? date = null;
        var unassigned = 0;
        var lines = ListingFile.Lines(ListingFile.ReadText(path));
        var inRecords = false;
        var ended = false;
        (ulong Number, int Line, bool HasOrganisation)? block = null;
        for (var i = 0; i < lines.Length && !ended; i++)
        {
            var line = lines[i].TrimEnd();
            var lineNumber = i + 1;
            if (line.Length == 0)
            {
                continue;
            }

            var isNumber = line.AsSpan().IndexOfAnyExcept("0123456789") < 0;
            if (!inRecords && !isNumber)
            {
                date ??= LastUpdatedLine.TryRead(line, path, lineNumber, "its '(last updated ...)' line");
                continue;
            }

            inRecords = true;
            if (isNumber)
            {
                RequireOrganisation(block, path);
                if (!registry.TryParseKey(line, out var number))
                {
                    throw ListingFile.Error(path, lineNumber, $"'{line}' is not an enterprise number (0 to {uint.MaxValue})");
                }

                block = (number, lineNumber, false);
            }
            else if (line[0] is ' ' or '\t')
            {
                if (block is not { HasOrganisation: false } open)
                {
                    continue; // the contact and e-mail lines
                }

                if (line.AsSpan().IndexOfAnyExcept(" \t") > MaxOrganisationIndent)
                {
                    throw ListingFile.Error(path, lineNumber, $"expected the organisation of enterprise {open.Number}, indented two spaces");
                }

                var organisation = ListingFile.NormaliseName(WithoutFormerName(line.AsSpan().Trim()), path, lineNumber);
                block = open with { HasOrganisation = true };
                if (organisation.Equals("Unassigned", StringComparison.OrdinalIgnoreCase))
                {
                    unassigned++;
                    continue;
                }

                entries.Add(open.Number, organisation);
            }
            else if (line.Equals("End of Document", StringComparison.OrdinalIgnoreCase))
            {
                ended = true;
            }
            else
            {
                throw ListingFile.Error(path, lineNumber, "expected an enterprise number at the start of the line, an indented organisation, contact or e-mail, or 'End of Document'");
            }
        }

        RequireOrganisation(block, path);
        if (!inRecords)
        {
            throw ListingFile.Error(path, ListingFile.LastLine(lines), "no enterprise numbers found; is this IANA's enterprise-numbers file?");
        }

        if (!ended)
        {
            throw ListingFile.Error(path, ListingFile.LastLine(lines), "'End of Document' not found; the file looks truncated");
        }

        var notes = unassigned > 0 ? [$"{Path.GetFileName(path)}: {unassigned} numbers marked Unassigned are left out"] : Array.Empty<string>();
        return entries.ToListing("IANA Private Enterprise Numbers registry, enterprise-numbers", date, notes);
    }

    /// <summary>
    /// IANA appends a former name as "(formerly '...')". Wireshark's copy turns it into a comment, which is cut off;
    /// it is cut off here too so the snapshot names the registrant the same way whichever copy built it.
    /// </summary>
    internal static ReadOnlySpan<char> WithoutFormerName(ReadOnlySpan<char> organisation)
    {
        var former = organisation.IndexOf(" (formerly ", StringComparison.OrdinalIgnoreCase);
        return former > 0 && organisation.EndsWith(')') ? organisation[..former] : organisation;
    }

    private static void RequireOrganisation((ulong Number, int Line, bool HasOrganisation)? block, string path)
    {
        if (block is { HasOrganisation: false } open)
        {
            throw ListingFile.Error(path, open.Line, $"enterprise {open.Number} has no organisation line");
        }
    }
}
