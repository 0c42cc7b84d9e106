namespace NetOrigin.Identification.Registries.Listings;

/// <summary>
/// The IEEE Registration Authority's CSV listings (oui.csv, mam.csv, oui36.csv, iab.csv): a header
/// "Registry,Assignment,Organization Name,Organization Address", then one record per assignment.
/// </summary>
internal static class IeeeCsvListing
{
    public static readonly string[] Header = ["Registry", "Assignment", "Organization Name", "Organization Address"];

    public static RegistryListing Read(string path, RegistryDefinition registry, string? packaging, ListingDate? date)
    {
        var records = new CsvRecords(ListingFile.ReadText(path), path);
        var fields = new List<string>(Header.Length);
        if (!records.TryRead(fields, out _) || !fields.SequenceEqual(Header, StringComparer.Ordinal))
        {
            throw ListingFile.Error(path, 1, $"expected the IEEE header '{string.Join(',', Header)}'");
        }

        var entries = new ListingEntries(registry, path);
        while (records.TryRead(fields, out var line))
        {
            if (fields is [""])
            {
                continue;
            }

            if (fields.Count != Header.Length)
            {
                throw ListingFile.Error(path, line, $"expected {Header.Length} fields ({string.Join(", ", Header)}), found {fields.Count}");
            }

            if (fields[0] != registry.Name)
            {
                throw ListingFile.Error(path, line, $"registry '{fields[0]}' in a listing of {registry.Name} assignments");
            }

            if (!registry.TryParseKey(fields[1], out var prefix))
            {
                throw ListingFile.Error(path, line, $"'{fields[1]}' is not a {registry.HexDigits}-digit hexadecimal {registry.Name} assignment");
            }

            var organisation = ListingFile.NormaliseName(fields[2], path, line);
            if (organisation.Length == 0)
            {
                throw ListingFile.Error(path, line, $"{registry.Name} {fields[1]} has no organisation name");
            }

            entries.Add(prefix, organisation);
        }

        if (entries.Count == 0)
        {
            throw ListingFile.Error(path, 2, $"no {registry.Name} assignments after the header; is the file truncated?");
        }

        var file = Path.GetFileName(path);
        var source = $"IEEE Registration Authority {registry.Name} listing, {(packaging is null ? file : $"{packaging} {file}")}";
        return entries.ToListing(source, date);
    }
}
