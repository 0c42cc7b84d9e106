using NetOrigin.Risk;

namespace NetOrigin.Reports.Risk;

/// <summary>Ways to combine risk sinks.</summary>
public static class RiskSinks
{
    /// <summary>Passes every part of a risk analysis to each sink in turn (a report and its pictures).</summary>
    public sealed class Tee(params IRiskSink[] sinks) : IRiskSink
    {
        public void Begin(RiskOverview overview) => Each(s => s.Begin(overview));

        public void Site(SiteRisk site) => Each(s => s.Site(site));

        public void Network(NetworkRisk network) => Each(s => s.Network(network));

        public void Asset(AssetRisk asset)
        {
            foreach (var sink in sinks)
            {
                sink.Asset(asset);
            }
        }

        public void End() => Each(s => s.End());

        private void Each(Action<IRiskSink> action)
        {
            foreach (var sink in sinks)
            {
                action(sink);
            }
        }
    }

    /// <summary>Hands each asset's score to <paramref name="onAsset"/> (e.g. a planner taking scores as weights).</summary>
    internal sealed class Assets(Action<AssetRisk> onAsset) : IRiskSink
    {
        public void Begin(RiskOverview overview)
        {
        }

        public void Site(SiteRisk site)
        {
        }

        public void Network(NetworkRisk network)
        {
        }

        public void Asset(AssetRisk asset) => onAsset(asset);

        public void End()
        {
        }
    }
}
