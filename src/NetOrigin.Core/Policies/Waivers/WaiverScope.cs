using NetOrigin.ReferenceData;

namespace NetOrigin.Policies.Waivers;

/// <summary>
/// What a waiver reaches: one pack, optionally one of its designations or obligations, and assets picked by id,
/// site, operating organisation or manufacturer. Each list left empty is not limited; all given ones must hold.
/// </summary>
public sealed record WaiverScope(
    string Pack,
    string? Designation,
    string? Obligation,
    IReadOnlySet<string> AssetIds,
    IReadOnlySet<string> Sites,
    IReadOnlySet<string> OwnerOrgs,
    IReadOnlySet<string> Manufacturers)
{
    internal static WaiverScope Read(YamlNodeReader node)
    {
        var scope = new WaiverScope(
            node.RequiredString("pack"),
            node.OptionalString("designation"),
            node.OptionalString("obligation"),
            node.StringList("asset_ids").ToHashSet(StringComparer.Ordinal),
            node.StringList("sites").ToHashSet(StringComparer.OrdinalIgnoreCase),
            node.StringList("owner_orgs").ToHashSet(StringComparer.OrdinalIgnoreCase),
            node.StringList("manufacturers").ToHashSet(StringComparer.Ordinal));
        node.RejectUnknownKeys();
        if (scope.AssetIds.Count + scope.Sites.Count + scope.OwnerOrgs.Count + scope.Manufacturers.Count == 0 && scope.Designation is null && scope.Obligation is null)
        {
            // A waiver of a whole pack for every asset would silence it; demand that the scope names something.
            throw node.Error("a waiver scope names at least one of asset_ids, sites, owner_orgs, manufacturers, designation or obligation");
        }

        return scope;
    }

    internal bool Covers(Finding finding)
    {
        var asset = finding.Asset;
        return finding.PackId == Pack
            && (Designation is null || Designation == finding.DesignationId)
            && (Obligation is null || Obligation == finding.ObligationId)
            && (AssetIds.Count == 0 || AssetIds.Contains(asset.Id))
            && (Sites.Count == 0 || (asset.Site is { } site && Sites.Contains(site)))
            && (OwnerOrgs.Count == 0 || (asset.OwnerOrg is { } org && OwnerOrgs.Contains(org)))
            && (Manufacturers.Count == 0 || (finding.Attribution.Manufacturer is { } maker && Manufacturers.Contains(maker.Id)));
    }

    public string Describe()
    {
        var parts = new List<string> { $"pack {Pack}" };
        Add(parts, "designation", Designation is null ? [] : [Designation]);
        Add(parts, "obligation", Obligation is null ? [] : [Obligation]);
        Add(parts, "assets", AssetIds);
        Add(parts, "sites", Sites);
        Add(parts, "operated by", OwnerOrgs);
        Add(parts, "made by", Manufacturers);
        return string.Join("; ", parts);
    }

    private static void Add(List<string> parts, string label, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count > 0)
        {
            parts.Add($"{label} {string.Join(", ", list)}");
        }
    }

}
