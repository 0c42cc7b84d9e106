using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using NetOrigin.Storage.Risk;

namespace NetOrigin.Server.Web;

/// <summary>
/// What the risk page reads of a kept analysis: the page's JSON (the report's format, with the riskiest sites and
/// assets only, docs/risk-output.md), the fields it shows. A kept analysis never changes, so the few read last are
/// held read (newest kept): reading and parsing the page's JSON again is most of a view's time.
/// </summary>
public sealed class AnalysisPages(StoredAnalyses stored)
{
    private const int Held = 16;
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly ConcurrentDictionary<AnalysisKey, object> _held = new();
    private readonly ConcurrentQueue<AnalysisKey> _order = new();

    /// <summary>The kept risk page of <paramref name="key"/>; null when it has not been made.</summary>
    public async Task<RiskPage?> RiskAsync(AnalysisKey key, CancellationToken cancellationToken) =>
        (RiskPage?)await HeldAsync(key, json => JsonSerializer.Deserialize<RiskPage>(json, Options)!, cancellationToken);

    /// <summary>The kept exposure page of <paramref name="key"/>; null when it has not been made.</summary>
    public async Task<ExposurePage?> ExposureAsync(AnalysisKey key, CancellationToken cancellationToken) =>
        (ExposurePage?)await HeldAsync(key, json => JsonSerializer.Deserialize<ExposurePage>(json, Options)!, cancellationToken);

    private async Task<object?> HeldAsync(AnalysisKey key, Func<string, object> parse, CancellationToken cancellationToken)
    {
        if (_held.TryGetValue(key, out var held))
        {
            return held;
        }

        if (await stored.PageAsync(key, cancellationToken) is not { } json)
        {
            return null;
        }

        var page = parse(json);
        if (_held.TryAdd(key, page))
        {
            _order.Enqueue(key);
            while (_order.Count > Held && _order.TryDequeue(out var oldest))
            {
                _held.TryRemove(oldest, out _);
            }
        }

        return page;
    }
}

public sealed record RiskPage(KeptModel Model, KeptRecords Records, long Identified, IReadOnlyList<KeptSupplier> Suppliers, KeptConcentrations Concentration, IReadOnlyList<string> SingleSourceRoles, IReadOnlyList<KeptSite> Sites, KeptNetwork? Network, IReadOnlyList<KeptAsset> Assets)
{
    /// <summary>A criterion's title by id, for an asset's reasons.</summary>
    public string Criterion(string id) => Model.Criteria.FirstOrDefault(c => c.Id == id)?.Title ?? id;

    /// <summary>The controller a single-source role comes from.</summary>
    public string? SoleSupplier(string role) => Concentration.Roles.FirstOrDefault(r => r.Key == role)?.Shares.FirstOrDefault()?.Label;
}

public sealed record KeptModel(string Id, string Title, string Version, IReadOnlyList<KeptCriterion> Criteria);

public sealed record KeptCriterion(string Id, string Title);

public sealed record KeptRecords(long Read, long Accepted, long Rejected);

public sealed record KeptOrganisation(string Id, string Name);

public sealed record KeptMaker(string Name, long Assets);

public sealed record KeptScore(decimal Value, decimal UnknownWeight, IReadOnlyList<KeptTerm>? Terms);

public sealed record KeptTerm(string Criterion, decimal? Contribution, string? Level, decimal? Number);

public sealed record KeptSupplier(KeptOrganisation Controller, string Label, IReadOnlyList<KeptMaker> Makers, long Assets, decimal SharePercent, KeptScore Score);

public sealed record KeptShare(string Label, decimal Percent);

public sealed record KeptConcentration(string? Key, IReadOnlyList<KeptShare> Shares);

public sealed record KeptConcentrations(IReadOnlyList<KeptConcentration> Roles);

public sealed record KeptFunction(string Function, bool SingleSource);

public sealed record KeptSite(string Site, KeptScore Score, decimal MaxAssetScore, KeptConcentration Suppliers, IReadOnlyList<KeptFunction> Functions);

public sealed record KeptNetwork(long Assets, KeptScore Score, long Sites, long UnsitedAssets, long SingleSourceSites, long SingleHomedSites);

public sealed record KeptAssetId(string Id, string? Name, string? Site);

public sealed record KeptAsset(KeptAssetId Asset, KeptOrganisation? Maker, KeptOrganisation? Controller, string Function, KeptScore Score);

public sealed record ExposurePage(IReadOnlyList<KeptCut> Cut, long CutAssets, IReadOnlyList<KeptRight> SuspensionRights, IReadOnlyList<KeptSiteExposure> Sites, KeptTotals Totals)
{
    /// <summary>Sites the cut reaches or cannot rule out (every outcome but unaffected).</summary>
    public long AffectedSites => Totals.Sites.Where(s => s.Key != "unaffected").Sum(s => s.Value);
}

public sealed record KeptCut(string Description);

public sealed record KeptRight(string Provider, string Summary);

public sealed record KeptSiteExposure(string Site, string Outcome, long Assets, IReadOnlyList<KeptFunctionExposure> Functions);

public sealed record KeptFunctionExposure(string Function, string Outcome, [property: JsonPropertyName("cut")] IReadOnlyList<JsonElement> Cut);

public sealed record KeptTotals(IReadOnlyDictionary<string, long> Sites, long FunctionsLost);
