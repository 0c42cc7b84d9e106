using NetOrigin.Policies;

namespace NetOrigin.Planning.Catalog;

/// <summary>A maker the catalog proposes for a class; the plan drops those a loaded pack restricts.</summary>
public sealed record Alternative(string MakerId, string? Note);

/// <summary>The cost components of a replacement, in the order reports list them.</summary>
public enum CostComponent
{
    Equipment,
    Labour,
    Engineering,
    TowerWork,
    Disposal,
    ParallelRunning,
}

/// <summary>
/// One kind of replacement: what it replaces (roles, kinds, categories, and optionally the markets where the asset
/// is), what it costs per item and per site, how long the equipment takes to arrive and the crews to install it,
/// how long old and new run side by side, and which makers can supply it.
/// </summary>
public sealed record ReplacementClass(
    string Id,
    string Title,
    AssetScope Replaces,
    IReadOnlySet<string> Markets,
    IReadOnlyDictionary<CostComponent, CostEstimate> Costs,
    CostEstimate IncumbentEquipment,
    CostEstimate LeadTimeWeeks,
    CostEstimate CrewDays,
    int ParallelRunningWeeks,
    IReadOnlyList<Alternative> Alternatives,
    string? Note,
    string DefinedAt)
{
    internal static string ComponentName(CostComponent component) => component switch
    {
        CostComponent.Equipment => "equipment",
        CostComponent.Labour => "labour",
        CostComponent.Engineering => "engineering",
        CostComponent.TowerWork => "tower_work",
        CostComponent.Disposal => "disposal",
        _ => "parallel_running",
    };

    internal CostEstimate Cost(CostComponent component) => Costs.TryGetValue(component, out var c) ? c : CostEstimate.Zero;

    /// <summary>Planned cost of one item, without the per-site components.</summary>
    public decimal PlannedPerItem => Costs.Values.Where(c => c.Per == CostUnit.Item).Sum(c => c.Planned);

    /// <summary>Planned cost charged once per site visit.</summary>
    public decimal PlannedPerSite => Costs.Values.Where(c => c.Per == CostUnit.Site).Sum(c => c.Planned);

    /// <summary>
    /// How well the class fits the asset: null when it does not; otherwise higher for classes that name the asset's
    /// market and role (a class for CN core routers beats a generic one).
    /// </summary>
    internal int? Fit(AssetView asset)
    {
        var country = asset.Asset.Country;
        if (Markets.Count > 0 && (country is null || !Markets.Contains(country)))
        {
            return null;
        }

        if (Replaces.Kinds.Count > 0 && !Replaces.Kinds.Contains(asset.Kind))
        {
            return null;
        }

        if (Replaces.Categories.Count > 0 && !asset.Categories.Overlaps(Replaces.Categories))
        {
            return null;
        }

        if (Replaces.Roles.Count > 0 && !Replaces.Roles.Contains(asset.Asset.Role))
        {
            return null;
        }

        // The most specific category the class and the asset share decides among classes of the same market:
        // security software or satellite services say more than telecom equipment.
        var category = Replaces.Categories.Where(asset.Categories.Contains).Select(CategorySpecificity).DefaultIfEmpty(0).Max();
        return (Markets.Count > 0 ? 100 : 0) + category + (Replaces.Roles.Count > 0 ? 10 - Math.Min(Replaces.Roles.Count, 9) : 0);
    }

    private static int CategorySpecificity(string category) => category switch
    {
        "security-software" or "satellite-services" => 30,
        "video-surveillance" or "radio" or "uas" => 25,
        "telecom-services" => 20,
        "computing" or "modules" => 15,
        "software" => 10,
        "consumer-devices" => 5,
        _ => 0,
    };
}
