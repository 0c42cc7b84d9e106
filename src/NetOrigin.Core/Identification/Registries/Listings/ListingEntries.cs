namespace NetOrigin.Identification.Registries.Listings;

/// <summary>
/// Collects one registry's entries while a file is read. The IEEE listings name a few prefixes more than once
/// (historical re-registrations). The last listing is kept, as the npm oui-data packaging keeps it, so either
/// packaging gives the same snapshot; the repeats are reported rather than dropped silently.
/// </summary>
internal sealed class ListingEntries(RegistryDefinition registry, string file)
{
    private const int RepeatsNamed = 10;
    private readonly Dictionary<ulong, string> _names = [];
    private readonly List<ulong> _repeated = [];
    private readonly HashSet<ulong> _repeatedKeys = [];

    public RegistryDefinition Registry => registry;

    public int Count => _names.Count;

    public void Add(ulong key, string organisation)
    {
        if (_names.ContainsKey(key) && _repeatedKeys.Add(key))
        {
            _repeated.Add(key);
        }

        _names[key] = organisation;
    }

    public RegistryListing ToListing(string source, ListingDate? date, IEnumerable<string>? notes = null)
    {
        var entries = _names.Select(pair => new RegistryEntry(pair.Key, pair.Value)).OrderBy(e => e.Key).ToList();
        var allNotes = new List<string>();
        if (_repeated.Count > 0)
        {
            var named = string.Join(", ", _repeated.Take(RepeatsNamed).Select(registry.FormatKey));
            var more = _repeated.Count > RepeatsNamed ? $" and {_repeated.Count - RepeatsNamed} more" : "";
            allNotes.Add($"{Path.GetFileName(file)}: {registry.Name} {named}{more} listed more than once; the last listing of each is kept");
        }

        allNotes.AddRange(notes ?? []);
        return new RegistryListing(registry, entries, file, source, date, allNotes);
    }
}
