using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NetOrigin.Risk;
using NetOrigin.Risk.Exposure;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Risk;

namespace NetOrigin.Server.Web;

/// <summary>
/// What the risk page shows of a run: the engine's overview and network, and the riskiest sites and assets
/// (bounded), collected from the same analysis GET /runs/{id}/risk writes as JSON. A complete run never changes,
/// so a view is kept for later visits (a few, newest kept): reading a large run once costs seconds, showing it again
/// costs nothing.
/// </summary>
public sealed class RiskViews(RunAnalysis analysis, IOptions<ServerSettings> settings)
{
    public const int Shown = 25;
    private const int Kept = 16;
    private readonly ConcurrentDictionary<(long Tenant, long Run, string Key), Lazy<Task<object>>> _views = new();
    private readonly ConcurrentQueue<(long, long, string)> _order = new();

    public async Task<RiskView> RiskAsync(RunRecord run, ImportRecord import, RiskModel model, CancellationToken cancellationToken) =>
        (RiskView)await KeptAsync((run.TenantId, run.Id, "risk:" + model.Id), async () =>
        {
            var view = new RiskView();
            await analysis.RiskAsync(run, import, model, view, Scratch(), cancellationToken);
            return view;
        });

    public async Task<ExposureView> ExposureAsync(RunRecord run, ImportRecord import, IReadOnlyList<CutTarget> cuts, CancellationToken cancellationToken) =>
        (ExposureView)await KeptAsync((run.TenantId, run.Id, "cut:" + string.Join(',', cuts.Select(c => c.Query))), async () =>
        {
            var view = new ExposureView();
            await analysis.ExposeAsync(run, import, cuts, view, Scratch(), cancellationToken);
            return view;
        });

    private ScratchDirectory Scratch() => new(Path.Combine(settings.Value.ResolveDataDir(), "scratch"));

    private async Task<object> KeptAsync((long, long, string) key, Func<Task<object>> make)
    {
        var made = new Lazy<Task<object>>(make);
        var lazy = _views.GetOrAdd(key, made);
        if (ReferenceEquals(lazy, made))
        {
            _order.Enqueue(key);
            while (_order.Count > Kept && _order.TryDequeue(out var oldest))
            {
                _views.TryRemove(oldest, out _);
            }
        }

        try
        {
            return await lazy.Value;
        }
        catch
        {
            // A failed or cancelled analysis is not kept: the next visit tries again.
            _views.TryRemove(new KeyValuePair<(long, long, string), Lazy<Task<object>>>(key, lazy));
            throw;
        }
    }
}

/// <summary>A risk analysis as the page shows it: everything but the per-site and per-asset lists, which keep the riskiest.</summary>
public sealed class RiskView : IRiskSink
{
    private readonly PriorityQueue<SiteRisk, decimal> _sites = new();
    private readonly PriorityQueue<AssetRisk, decimal> _assets = new();

    public RiskOverview Overview { get; private set; } = null!;
    public NetworkRisk? Whole { get; private set; }
    public long SiteCount { get; private set; }
    public long AssetCount { get; private set; }

    /// <summary>The riskiest sites, highest score first.</summary>
    public IReadOnlyList<SiteRisk> TopSites { get; private set; } = [];

    /// <summary>The riskiest assets, highest score first.</summary>
    public IReadOnlyList<AssetRisk> TopAssets { get; private set; } = [];

    public void Begin(RiskOverview overview) => Overview = overview;

    public void Site(SiteRisk site)
    {
        SiteCount++;
        Keep(_sites, site, site.Score.Value);
    }

    public void Network(NetworkRisk network) => Whole = network;

    public void Asset(AssetRisk asset)
    {
        AssetCount++;
        Keep(_assets, asset, asset.Score.Value);
    }

    public void End()
    {
        TopSites = Drain(_sites);
        TopAssets = Drain(_assets);
    }

    private static void Keep<T>(PriorityQueue<T, decimal> queue, T item, decimal score)
    {
        if (queue.Count < RiskViews.Shown)
        {
            queue.Enqueue(item, score);
        }
        else if (queue.TryPeek(out _, out var lowest) && score > lowest)
        {
            queue.DequeueEnqueue(item, score);
        }
    }

    private static List<T> Drain<T>(PriorityQueue<T, decimal> queue)
    {
        var items = new List<T>(queue.Count);
        while (queue.TryDequeue(out var item, out _))
        {
            items.Add(item);
        }

        items.Reverse();
        return items;
    }
}

/// <summary>A cut-off as the page shows it: the overview, the totals and the sites it reaches or cannot rule out (as the JSON lists them), worst first (bounded).</summary>
public sealed class ExposureView : IExposureSink
{
    private readonly List<SiteExposure> _affected = [];

    public ExposureOverview Overview { get; private set; } = null!;
    public ExposureTotals Totals { get; private set; } = null!;
    public long AffectedSites { get; private set; }

    public IReadOnlyList<SiteExposure> Affected => _affected;

    public void Begin(ExposureOverview overview) => Overview = overview;

    public void Site(SiteExposure site)
    {
        if (site.Outcome == SiteOutcome.Unaffected)
        {
            return;
        }

        AffectedSites++;
        _affected.Add(site);
        if (_affected.Count > RiskViews.Shown * 4)
        {
            _affected.Sort(Worst);
            _affected.RemoveRange(RiskViews.Shown, _affected.Count - RiskViews.Shown);
        }
    }

    private static int Worst(SiteExposure a, SiteExposure b) =>
        b.Outcome != a.Outcome ? b.Outcome.CompareTo(a.Outcome) : string.CompareOrdinal(a.Site, b.Site);

    public void End(ExposureTotals totals)
    {
        Totals = totals;
        _affected.Sort(Worst);
        if (_affected.Count > RiskViews.Shown)
        {
            _affected.RemoveRange(RiskViews.Shown, _affected.Count - RiskViews.Shown);
        }
    }
}
