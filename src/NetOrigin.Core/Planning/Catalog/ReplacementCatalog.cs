using NetOrigin.Entities;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;

namespace NetOrigin.Planning.Catalog;

/// <summary>
/// The replacement classes of the shipped catalog (<c>data/catalog/*.yaml</c>) with the user's quotes over them:
/// a user entry with a shipped id replaces the figures it gives and keeps the others.
/// </summary>
public sealed class ReplacementCatalog
{
    private readonly List<ReplacementClass> _classes;

    private ReplacementCatalog(List<ReplacementClass> classes, string currency)
    {
        _classes = classes;
        Currency = currency;
    }

    internal IReadOnlyList<ReplacementClass> Classes => _classes;

    internal string Currency { get; }

    /// <summary>Loads every catalog file of <paramref name="directory"/>, then the user's files over them.</summary>
    public static ReplacementCatalog Load(string directory, SourceCatalog sources, OrganisationGraph graph, IEnumerable<string>? userFiles = null) =>
        Load(directory, sources, graph, (userFiles ?? []).Select(YamlNodeReader.LoadFile));

    /// <summary>The same with the user's catalogs already parsed (a server's request carries them as text).</summary>
    public static ReplacementCatalog Load(string directory, SourceCatalog sources, OrganisationGraph graph, IEnumerable<YamlNodeReader> userCatalogs)
    {
        var byId = new Dictionary<string, ReplacementClass>(StringComparer.Ordinal);
        var order = new List<string>();
        string? currency = null;
        var files = Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
        foreach (var file in files)
        {
            var root = YamlNodeReader.LoadFile(file);
            currency = ReadFile(root, sources, graph, byId, order, currency, user: false);
        }

        foreach (var root in userCatalogs)
        {
            sources.AddFrom(root);
            currency = ReadFile(root, sources, graph, byId, order, currency, user: true);
        }

        return new ReplacementCatalog(order.Select(id => byId[id]).ToList(), currency ?? "USD");
    }

    /// <summary>The best-fitting classes for an asset made by <paramref name="maker"/> (several when they fit equally well), or none.</summary>
    internal IReadOnlyList<ReplacementClass> Match(Inventory.Asset asset, Organisation? maker) => Match(new AssetView(asset, maker));

    internal IReadOnlyList<ReplacementClass> Match(AssetView asset)
    {
        var best = int.MinValue;
        List<ReplacementClass> matches = [];
        foreach (var candidate in _classes)
        {
            if (candidate.Fit(asset) is not { } fit || fit < best)
            {
                continue;
            }

            if (fit > best)
            {
                best = fit;
                matches = [];
            }

            matches.Add(candidate);
        }

        return matches;
    }

    private static string? ReadFile(YamlNodeReader root, SourceCatalog sources, OrganisationGraph graph, Dictionary<string, ReplacementClass> byId, List<string> order, string? currency, bool user)
    {
        _ = root.OptionalString("catalog");
        _ = root.OptionalString("version");
        var fileCurrency = root.OptionalString("currency") ?? "USD";
        if (currency is not null && fileCurrency != currency)
        {
            throw root.Error($"currency {fileCurrency} differs from {currency} of the other catalog files; give every figure in one currency");
        }

        foreach (var node in root.Mappings("classes"))
        {
            var id = node.RequiredString("id");
            if (byId.TryGetValue(id, out var shipped))
            {
                if (!user)
                {
                    throw node.Error($"class '{id}' is already defined at {shipped.DefinedAt}");
                }

                byId[id] = ReadClass(node, sources, graph, shipped, user);
                continue;
            }

            byId[id] = ReadClass(node, sources, graph, null, user);
            order.Add(id);
        }

        root.RejectUnknownKeys();
        return fileCurrency;
    }

    private static ReplacementClass ReadClass(YamlNodeReader node, SourceCatalog sources, OrganisationGraph graph, ReplacementClass? over, bool user)
    {
        var id = node.RequiredString("id");
        if (!ReferenceDataSet.IsPackId(id))
        {
            throw node.Error($"class id '{id}' must be lower-case words joined by hyphens");
        }

        var title = node.OptionalString("title") ?? over?.Title ?? throw node.Error("'title' is required");
        var replacesNode = node.Mapping("replaces");
        var replaces = replacesNode is null ? over?.Replaces ?? throw node.Error("'replaces' is required (roles, kinds, categories)") : AssetScope.Read(replacesNode);
        var markets = node.StringList("markets");
        var marketSet = markets.Count > 0 || over is null
            ? markets.Select(m => m.Length == 2 && m.All(char.IsAsciiLetter) ? m.ToUpperInvariant() : throw node.Error($"market '{m}' is not an ISO 3166-1 alpha-2 code")).ToHashSet(StringComparer.Ordinal)
            : over.Markets;

        var costs = new Dictionary<CostComponent, CostEstimate>(over?.Costs ?? new Dictionary<CostComponent, CostEstimate>());
        if (node.Mapping("costs") is { } costNode)
        {
            foreach (var component in Enum.GetValues<CostComponent>())
            {
                if (costNode.Mapping(ReplacementClass.ComponentName(component)) is { } c)
                {
                    costs[component] = CostEstimate.Read(c, sources, allowPer: true);
                }
            }

            costNode.RejectUnknownKeys();
        }

        if (!costs.ContainsKey(CostComponent.Equipment) && over is null)
        {
            throw node.Error("'costs' needs at least 'equipment'");
        }

        var incumbent = Estimate(node, "incumbent_equipment", sources, over?.IncumbentEquipment, required: !user);
        var lead = Estimate(node, "lead_time_weeks", sources, over?.LeadTimeWeeks, required: true);
        var crew = Estimate(node, "crew_days", sources, over?.CrewDays, required: true);
        var parallel = node.OptionalDecimal("parallel_running_weeks") is { } p
            ? p is >= 0 and <= 52 && p == Math.Floor(p) ? (int)p : throw node.Error("'parallel_running_weeks' must be a whole number of weeks from 0 to 52")
            : over?.ParallelRunningWeeks ?? 0;

        var alternatives = over?.Alternatives ?? [];
        var alternativeNodes = node.Mappings("alternatives");
        if (alternativeNodes.Count > 0)
        {
            alternatives = alternativeNodes.Select(a =>
            {
                var maker = a.RequiredString("maker");
                if (!graph.TryGet(maker, out _))
                {
                    throw a.Error($"maker '{maker}' is not an organisation id of the organisation data");
                }

                var alternative = new Alternative(maker, a.OptionalString("note"));
                a.RejectUnknownKeys();
                return alternative;
            }).ToList();
        }

        var note = node.OptionalString("note") ?? over?.Note;
        node.RejectUnknownKeys();
        return new ReplacementClass(id, title, replaces, marketSet, costs, incumbent ?? CostEstimate.Zero, lead!, crew!, parallel, alternatives, note, node.Where);
    }

    private static CostEstimate? Estimate(YamlNodeReader node, string key, SourceCatalog sources, CostEstimate? over, bool required)
    {
        if (node.Mapping(key) is { } n)
        {
            return CostEstimate.Read(n, sources, allowPer: false);
        }

        return over ?? (required ? throw node.Error($"'{key}' is required") : null);
    }
}
