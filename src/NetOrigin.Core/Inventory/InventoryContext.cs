using NetOrigin.ReferenceData;

namespace NetOrigin.Inventory;

/// <summary>
/// Operator context for a whole inventory, so rows need not repeat it: defaults for every asset and values per
/// site (country, technology, use, operator, routes_user_data), read from a YAML file. A value in the row wins over
/// its site's, a site's over the file's defaults; each value taken from the context is recorded in the asset's
/// <see cref="Asset.Origins"/> ("context.yaml: site 'beijing-core'"), so evidence says where it came from.
/// </summary>
/// <example>
/// <code>
/// defaults:
///   country: CN
///   operator: China Mobile
/// sites:
///   - site: beijing-core
///     technology: [5g, 4g]
///     routes_user_data: true
/// </code>
/// </example>
public sealed class InventoryContext
{
    /// <summary>Bounds on a context file: an operator's sites, not a second inventory.</summary>
    public const int MaxSites = 100_000;

    private readonly ContextValues _defaults;
    private readonly Dictionary<string, ContextValues> _sites;

    private InventoryContext(string name, ContextValues defaults, Dictionary<string, ContextValues> sites)
    {
        Name = name;
        _defaults = defaults;
        _sites = sites;
    }

    /// <summary>The file the context was read from, as named in origins and messages.</summary>
    internal string Name { get; }

    internal int SiteCount => _sites.Count;

    /// <summary>Reads a context file; a bad value fails with the file, line and reason.</summary>
    public static InventoryContext Load(string path) => Read(YamlNodeReader.LoadFile(path), Path.GetFileName(path));

    public static InventoryContext Load(TextReader reader, string name) => Read(YamlNodeReader.Load(reader, name), name);

    private static InventoryContext Read(YamlNodeReader root, string name)
    {
        var defaults = root.Mapping("defaults") is { } node ? ContextValues.Read(node, $"{name}: defaults") : ContextValues.None;
        var sites = new Dictionary<string, ContextValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in root.Mappings("sites"))
        {
            var site = item.RequiredString("site");
            if (sites.Count == MaxSites)
            {
                throw item.Error($"more than {MaxSites} sites");
            }

            if (!sites.TryAdd(site, ContextValues.Read(item, $"{name}: site '{site}'")))
            {
                throw item.Error($"site '{site}' is given twice");
            }
        }

        root.RejectUnknownKeys();
        return new InventoryContext(name, defaults, sites);
    }

    /// <summary>The asset with every context field its row leaves empty filled from its site, then the defaults.</summary>
    internal Asset Apply(Asset asset)
    {
        var site = asset.Site is { } s && _sites.TryGetValue(s, out var values) ? values : ContextValues.None;
        var origins = new List<FieldOrigin>(2);
        var use = Pick(asset.Use, site.Use, site, _defaults.Use, _defaults, InventoryField.Use, origins);
        var country = Pick(asset.Country, site.Country, site, _defaults.Country, _defaults, InventoryField.Country, origins);
        var ownerOrg = Pick(asset.OwnerOrg, site.Operator, site, _defaults.Operator, _defaults, InventoryField.OwnerOrg, origins);
        var technologies = asset.Technologies.Count > 0 ? asset.Technologies
            : site.Technologies.Count > 0 ? Taken(site.Technologies, site, InventoryField.Technology, origins)
            : _defaults.Technologies.Count > 0 ? Taken(_defaults.Technologies, _defaults, InventoryField.Technology, origins)
            : asset.Technologies;
        var routes = asset.RoutesUserData
            ?? (site.RoutesUserData is { } r1 ? Taken(r1, site, InventoryField.RoutesUserData, origins)
            : _defaults.RoutesUserData is { } r2 ? Taken(r2, _defaults, InventoryField.RoutesUserData, origins)
            : null);
        return origins.Count == 0 ? asset : asset.WithContext(use, country, ownerOrg, technologies, routes, origins);
    }

    /// <summary>The records of <paramref name="reader"/>, each accepted asset with this context applied.</summary>
    public IInventoryReader Over(IInventoryReader reader) => new ContextualReader(reader, this);

    private static string? Pick(string? row, string? site, ContextValues siteValues, string? fallback, ContextValues defaults, InventoryField field, List<FieldOrigin> origins) =>
        row ?? (site is not null ? Taken(site, siteValues, field, origins) : fallback is not null ? Taken(fallback, defaults, field, origins) : null);

    private static T Taken<T>(T value, ContextValues from, InventoryField field, List<FieldOrigin> origins)
    {
        origins.Add(new FieldOrigin(field, from.Where));
        return value;
    }

    /// <summary>One set of context values (the defaults, or a site's) and where it was written.</summary>
    private sealed record ContextValues(string Where, string? Country, string? Use, string? Operator, IReadOnlyList<string> Technologies, bool? RoutesUserData)
    {
        public static readonly ContextValues None = new("", null, null, null, [], null);

        public static ContextValues Read(YamlNodeReader node, string where)
        {
            var countryText = node.OptionalString("country");
            if (!Asset.TryCountryCode(countryText, "country", out var country, out var reason))
            {
                throw node.Error(reason!);
            }

            var technologies = node.StringList("technology")
                .Select(t => AssetVocabulary.NormaliseTerm(t) ?? throw node.Error($"technology '{t}' is empty"))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            var routes = node.OptionalString("routes_user_data") is null ? (bool?)null : node.OptionalBool("routes_user_data");
            var values = new ContextValues(where, country, AssetVocabulary.NormaliseTerm(node.OptionalString("use")), node.OptionalString("operator"), technologies, routes);
            _ = node.OptionalString("site");
            _ = node.OptionalString("note");
            node.RejectUnknownKeys();
            return values;
        }
    }

    private sealed class ContextualReader(IInventoryReader inner, InventoryContext context) : IInventoryReader
    {
        public IReadOnlyList<string> UnusedColumns => inner.UnusedColumns;

        public IReadOnlyList<string> Warnings => inner.Warnings;

        public IEnumerable<InventoryRecord> Read()
        {
            foreach (var record in inner.Read())
            {
                yield return record.Asset is { } asset ? InventoryRecord.Accept(context.Apply(asset)) : record;
            }
        }

        public void Dispose() => inner.Dispose();
    }
}
