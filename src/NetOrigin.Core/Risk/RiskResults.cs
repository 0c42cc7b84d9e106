using NetOrigin.Assessment;
using NetOrigin.Entities;
using NetOrigin.Inventory;

namespace NetOrigin.Risk;

/// <summary>A maker or provider under a controller, and how many of the assets are its.</summary>
public sealed record MakerCount(Organisation Maker, long Assets);

/// <summary>
/// One supplier, by ultimate controller: the makers and providers under it, its share, its score over the model's
/// supplier-side criteria (weights rescaled to 100; each criterion at the worst value known of any of its assets)
/// and what it may do to the services it sells.
/// </summary>
public sealed record SupplierRisk(Organisation Controller, string Label, IReadOnlyList<MakerCount> Makers, long Assets, decimal SharePercent, RiskScore Score, IReadOnlyList<SuspensionRight> SuspensionRights);

/// <summary>What is known before any site is reported: the run, the model, the suppliers and the network-wide concentration.</summary>
public sealed record RiskOverview(
    AssessmentContext Context,
    RiskModel Model,
    RecordCounts Records,
    long Identified,
    IReadOnlyList<SupplierRisk> Suppliers,
    IReadOnlyList<Concentration> Roles,
    IReadOnlyList<Concentration> Technologies,
    IReadOnlyList<Concentration> ServiceTypes)
{
    /// <summary>Which intelligence-law facts were read (a content hash of data/jurisdictions).</summary>
    public string IntelligenceLawData { get; init; } = "none";

    /// <summary>Roles whose every asset comes from one ultimate controller.</summary>
    public IEnumerable<Concentration> SingleSourceRoles => Roles.Where(r => r.SingleSource);
}

/// <summary>One function at a site and who supplies it there.</summary>
public sealed record SiteFunction(AssetFunction Function, Concentration Suppliers);

/// <summary>
/// A site: its score (the mean of its assets' scores, as terms), its riskiest asset, who supplies it and each of
/// its functions.
/// </summary>
public sealed record SiteRisk(string Site, AggregateScore Score, decimal MaxAssetScore, Concentration Suppliers, IReadOnlyList<SiteFunction> Functions)
{
    public IEnumerable<SiteFunction> SingleSourceFunctions => Functions.Where(f => f.Suppliers.SingleSource);

    /// <summary>
    /// Whether every link out of the site (transit, backhaul, interconnection) comes from one ultimate controller;
    /// null when the inventory records no link service there.
    /// </summary>
    public bool? SingleHomed
    {
        get
        {
            var links = Functions.Where(f => f.Function.IsLink).ToList();
            if (links.Count == 0)
            {
                return null;
            }

            var controllers = links.SelectMany(f => f.Suppliers.Shares.Select(s => s.Controller.Id)).Distinct(StringComparer.Ordinal).Count();
            return controllers == 1 && links.All(f => f.Suppliers.Unattributed == 0);
        }
    }
}

/// <summary>One asset's score, with where it was read and who supplies it.</summary>
public sealed record AssetRisk(string Id, string? Name, string? Site, string File, long Line, Organisation? Maker, Organisation? Controller, AssetFunction Function, RiskScore Score);

/// <summary>The network as a whole: the mean asset score as terms, and counts over the sites.</summary>
public sealed record NetworkRisk(AggregateScore Score, long Sites, long UnsitedAssets, long SingleSourceSites, long SingleHomedSites, IReadOnlyList<SiteRisk> TopSites);

/// <summary>
/// Receives a risk analysis as it is made: the overview first, then every site, the network, every asset, the end.
/// Writers (JSON, CSV, table, pictures) and hosts (the server, the planner) implement it.
/// </summary>
public interface IRiskSink
{
    void Begin(RiskOverview overview);

    void Site(SiteRisk site);

    void Network(NetworkRisk network);

    void Asset(AssetRisk asset);

    void End();
}
