using NetOrigin.Risk;
using NetOrigin.Risk.Exposure;

namespace NetOrigin.Storage.Risk;

/// <summary>
/// What the risk page shows of an analysis: the overview and network, and the riskiest sites and assets (bounded),
/// passed on to <paramref name="page"/> when the analysis ends, riskiest first.
/// </summary>
public sealed class RiskPageSink(IRiskSink page) : IRiskSink
{
    /// <summary>How many sites, assets and affected sites a page lists.</summary>
    public const int Shown = 25;

    private readonly PriorityQueue<SiteRisk, decimal> _sites = new();
    private readonly PriorityQueue<AssetRisk, decimal> _assets = new();
    private RiskOverview? _overview;
    private NetworkRisk? _network;

    public void Begin(RiskOverview overview) => _overview = overview;

    public void Site(SiteRisk site) => Keep(_sites, site, site.Score.Value);

    public void Network(NetworkRisk network) => _network = network;

    public void Asset(AssetRisk asset) => Keep(_assets, asset, asset.Score.Value);

    public void End()
    {
        page.Begin(_overview!);
        foreach (var site in Drain(_sites))
        {
            page.Site(site);
        }

        if (_network is not null)
        {
            page.Network(_network);
        }

        foreach (var asset in Drain(_assets))
        {
            page.Asset(asset);
        }

        page.End();
    }

    private static void Keep<T>(PriorityQueue<T, decimal> queue, T item, decimal score)
    {
        if (queue.Count < Shown)
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

/// <summary>What the page shows of a cut-off: the overview, the totals and the worst affected sites (bounded), passed on to <paramref name="page"/>.</summary>
public sealed class ExposurePageSink(IExposureSink page) : IExposureSink
{
    private readonly List<SiteExposure> _affected = [];
    private ExposureOverview? _overview;

    public void Begin(ExposureOverview overview) => _overview = overview;

    public void Site(SiteExposure site)
    {
        if (site.Outcome == SiteOutcome.Unaffected)
        {
            return;
        }

        _affected.Add(site);
        if (_affected.Count > RiskPageSink.Shown * 4)
        {
            Trim();
        }
    }

    public void End(ExposureTotals totals)
    {
        Trim();
        page.Begin(_overview!);
        foreach (var site in _affected)
        {
            page.Site(site);
        }

        page.End(totals);
    }

    private void Trim()
    {
        _affected.Sort(Worst);
        if (_affected.Count > RiskPageSink.Shown)
        {
            _affected.RemoveRange(RiskPageSink.Shown, _affected.Count - RiskPageSink.Shown);
        }
    }

    private static int Worst(SiteExposure a, SiteExposure b) =>
        b.Outcome != a.Outcome ? b.Outcome.CompareTo(a.Outcome) : string.CompareOrdinal(a.Site, b.Site);
}

/// <summary>One analysis to two sinks: the whole report and the page.</summary>
public sealed class BothRiskSinks(IRiskSink first, IRiskSink second) : IRiskSink
{
    public void Begin(RiskOverview overview)
    {
        first.Begin(overview);
        second.Begin(overview);
    }

    public void Site(SiteRisk site)
    {
        first.Site(site);
        second.Site(site);
    }

    public void Network(NetworkRisk network)
    {
        first.Network(network);
        second.Network(network);
    }

    public void Asset(AssetRisk asset)
    {
        first.Asset(asset);
        second.Asset(asset);
    }

    public void End()
    {
        first.End();
        second.End();
    }
}

/// <summary>One cut-off to two sinks: the whole report and the page.</summary>
public sealed class BothExposureSinks(IExposureSink first, IExposureSink second) : IExposureSink
{
    public void Begin(ExposureOverview overview)
    {
        first.Begin(overview);
        second.Begin(overview);
    }

    public void Site(SiteExposure site)
    {
        first.Site(site);
        second.Site(site);
    }

    public void End(ExposureTotals totals)
    {
        first.End(totals);
        second.End(totals);
    }
}
