using System.Text.Json;
using System.Text.Json.Serialization;

namespace NetOrigin.Server.Web;

/// <summary>
/// What the risk page reads of a kept analysis: the page's JSON (the report's format, with the riskiest sites and
/// assets only, docs/risk-output.md), the fields it shows.
/// </summary>
public static class AnalysisPages
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static RiskPage Risk(string json) => JsonSerializer.Deserialize<RiskPage>(json, Options)!;

    public static ExposurePage Exposure(string json) => JsonSerializer.Deserialize<ExposurePage>(json, Options)!;
}

public sealed record RiskPage(PageModel Model, PageRecords Records, long Identified, IReadOnlyList<PageSupplier> Suppliers, PageConcentrations Concentration, IReadOnlyList<string> SingleSourceRoles, IReadOnlyList<PageSite> Sites, PageNetwork? Network, IReadOnlyList<PageAsset> Assets)
{
    /// <summary>A criterion's title by id, for an asset's reasons.</summary>
    public string Criterion(string id) => Model.Criteria.FirstOrDefault(c => c.Id == id)?.Title ?? id;

    /// <summary>The controller a single-source role comes from.</summary>
    public string? SoleSupplier(string role) => Concentration.Roles.FirstOrDefault(r => r.Key == role)?.Shares.FirstOrDefault()?.Label;
}

public sealed record PageModel(string Id, string Title, string Version, IReadOnlyList<PageCriterion> Criteria);

public sealed record PageCriterion(string Id, string Title);

public sealed record PageRecords(long Read, long Accepted, long Rejected);

public sealed record PageOrganisation(string Id, string Name);

public sealed record PageMaker(string Name, long Assets);

public sealed record PageScore(decimal Value, decimal UnknownWeight, IReadOnlyList<PageTerm>? Terms);

public sealed record PageTerm(string Criterion, decimal? Contribution, string? Level, decimal? Number);

public sealed record PageSupplier(PageOrganisation Controller, string Label, IReadOnlyList<PageMaker> Makers, long Assets, decimal SharePercent, PageScore Score);

public sealed record PageShare(string Label, decimal Percent);

public sealed record PageConcentration(string? Key, IReadOnlyList<PageShare> Shares);

public sealed record PageConcentrations(IReadOnlyList<PageConcentration> Roles);

public sealed record PageFunction(string Function, bool SingleSource);

public sealed record PageSite(string Site, PageScore Score, decimal MaxAssetScore, PageConcentration Suppliers, IReadOnlyList<PageFunction> Functions);

public sealed record PageNetwork(long Assets, PageScore Score, long Sites, long UnsitedAssets, long SingleSourceSites, long SingleHomedSites);

public sealed record PageAssetId(string Id, string? Name, string? Site);

public sealed record PageAsset(PageAssetId Asset, PageOrganisation? Maker, PageOrganisation? Controller, string Function, PageScore Score);

public sealed record ExposurePage(IReadOnlyList<PageCut> Cut, long CutAssets, IReadOnlyList<PageRight> SuspensionRights, IReadOnlyList<PageSiteExposure> Sites, PageTotals Totals)
{
    /// <summary>Sites the cut reaches or cannot rule out (every outcome but unaffected).</summary>
    public long AffectedSites => Totals.Sites.Where(s => s.Key != "unaffected").Sum(s => s.Value);
}

public sealed record PageCut(string Description);

public sealed record PageRight(string Provider, string Summary);

public sealed record PageSiteExposure(string Site, string Outcome, long Assets, IReadOnlyList<PageFunctionExposure> Functions);

public sealed record PageFunctionExposure(string Function, string Outcome, [property: JsonPropertyName("cut")] IReadOnlyList<JsonElement> Cut);

public sealed record PageTotals(IReadOnlyDictionary<string, long> Sites, long FunctionsLost);
