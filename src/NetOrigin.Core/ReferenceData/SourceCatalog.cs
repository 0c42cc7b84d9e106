namespace NetOrigin.ReferenceData;

/// <summary>All sources the reference data cites, by id.</summary>
public sealed class SourceCatalog
{
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _definedIn = new(StringComparer.Ordinal);

    internal IReadOnlyCollection<Source> All => _sources.Values;

    public Source this[string id] => _sources[id];

    internal bool Contains(string id) => _sources.ContainsKey(id);

    internal bool TryGet(string id, out Source source) => _sources.TryGetValue(id, out source!);

    internal static SourceCatalog LoadDirectory(string directory) => LoadDirectory(directory, null);

    /// <summary>As <see cref="LoadDirectory(string)"/>, each file's nodes from its compiled image in <paramref name="cache"/> when current.</summary>
    internal static SourceCatalog LoadDirectory(string directory, IReferenceDataCache? cache)
    {
        var catalog = new SourceCatalog();
        if (Directory.Exists(directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
            {
                catalog.AddFile(file, cache);
            }
        }

        return catalog;
    }

    /// <summary>An independent copy, for a run that adds its user's sources without changing the shared set.</summary>
    public SourceCatalog Copy()
    {
        var copy = new SourceCatalog();
        foreach (var (id, source) in _sources)
        {
            copy._sources[id] = source;
        }

        foreach (var (id, where) in _definedIn)
        {
            copy._definedIn[id] = where;
        }

        return copy;
    }

    internal void AddFile(string path) => AddFile(path, null);

    internal void AddFile(string path, IReferenceDataCache? cache)
    {
        var root = YamlNodeReader.LoadFile(path, cache);
        AddFrom(root);
        root.RejectUnknownKeys();
    }

    /// <summary>Adds the <c>sources</c> list of an already loaded file (a user's organisation file may carry its own).</summary>
    internal void AddFrom(YamlNodeReader root)
    {
        foreach (var item in root.Mappings("sources"))
        {
            var id = item.RequiredString("id");
            var source = new Source(
                id,
                item.RequiredString("title"),
                item.OptionalString("publisher"),
                item.OptionalString("url"),
                item.OptionalDate("date"),
                item.OptionalBool("unverified"));
            _ = item.OptionalString("note");
            item.RejectUnknownKeys();
            if (_definedIn.TryGetValue(id, out var first))
            {
                throw item.Error($"source '{id}' is already defined at {first}");
            }

            _sources[id] = source;
            _definedIn[id] = item.Where;
        }
    }

    /// <summary>Checks that every cited id exists and returns the sources.</summary>
    internal IReadOnlyList<Source> Resolve(IReadOnlyList<string> ids, YamlNodeReader where)
    {
        if (ids.Count == 0)
        {
            throw where.Error("'sources' is required: every fact names where it comes from");
        }

        var list = new List<Source>(ids.Count);
        foreach (var id in ids)
        {
            list.Add(_sources.TryGetValue(id, out var s) ? s : throw where.Error($"unknown source '{id}'"));
        }

        return list;
    }
}
