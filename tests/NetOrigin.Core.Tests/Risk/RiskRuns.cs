using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Risk;
using NetOrigin.Risk.Exposure;

namespace NetOrigin.Tests.Risk;

/// <summary>Runs risk and exposure analyses of an inventory written in the test, on the shipped data, and keeps every part.</summary>
internal static class RiskRuns
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    public static RiskResult Risk(string csv, params string[] packs)
    {
        var data = TestData.Reference;
        var engine = RiskEngine.For(data, data.RiskModel("netorigin-default"));
        var sink = new RiskResult();
        using var reader = InventorySource.Open(new StringReader(csv), "inv.csv");
        engine.Analyse(Assessment(packs), reader, Context(packs), sink, new MemoryScratchSpace());
        return sink;
    }

    public static ExposureResult Exposure(string csv, params string[] cuts)
    {
        var data = TestData.Reference;
        var engine = RiskEngine.For(data, data.RiskModel("netorigin-default"));
        var targets = cuts.Select(c => CutTarget.Resolve(c, data.Resolver, AsOf)).ToList();
        var sink = new ExposureResult();
        using var reader = InventorySource.Open(new StringReader(csv), "inv.csv");
        engine.Expose(Assessment([]), reader, Context([]), targets, sink, new MemoryScratchSpace());
        return sink;
    }

    private static AssessmentRun Assessment(string[] packs)
    {
        var data = TestData.Reference;
        return new AssessmentRun(data.CreateIdentifier(), packs.Select(p => new PolicyEvaluator(data.Pack(p), data.Ownership)).ToList());
    }

    private static AssessmentContext Context(string[] packs) =>
        new("inv.csv", packs.Select(TestData.Reference.Pack).ToList(), AsOf);
}

internal sealed class RiskResult : IRiskSink
{
    public RiskOverview Overview { get; private set; } = null!;
    public List<SiteRisk> Sites { get; } = [];
    public NetworkRisk Network { get; private set; } = null!;
    public List<AssetRisk> Assets { get; } = [];
    public bool Ended { get; private set; }

    public AssetRisk Asset(string id) => Assets.Single(a => a.Id == id);

    public SiteRisk Site(string name) => Sites.Single(s => s.Site == name);

    public void Begin(RiskOverview overview) => Overview = overview;

    void IRiskSink.Site(SiteRisk site) => Sites.Add(site);

    void IRiskSink.Network(NetworkRisk network) => Network = network;

    void IRiskSink.Asset(AssetRisk asset) => Assets.Add(asset);

    public void End() => Ended = true;
}

internal sealed class ExposureResult : IExposureSink
{
    public ExposureOverview Overview { get; private set; } = null!;
    public List<SiteExposure> Sites { get; } = [];
    public ExposureTotals Totals { get; private set; } = null!;

    public SiteExposure Site(string name) => Sites.Single(s => s.Site == name);

    public void Begin(ExposureOverview overview) => Overview = overview;

    void IExposureSink.Site(SiteExposure site) => Sites.Add(site);

    public void End(ExposureTotals totals) => Totals = totals;
}
