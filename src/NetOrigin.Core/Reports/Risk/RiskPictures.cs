using NetOrigin.Risk;

namespace NetOrigin.Reports.Risk;

/// <summary>
/// Draws a risk analysis where people would rather look: supplier shares per role (supplier-shares.svg) and the
/// riskiest sites by criterion (site-risk.svg). Streams come from <c>open</c>, which the host points at files.
/// </summary>
public sealed class RiskPictures(Func<string, Stream> open) : IRiskSink
{
    public const string SupplierSharesFile = "supplier-shares.svg";
    public const string SiteRiskFile = "site-risk.svg";

    public static IReadOnlyList<string> FileNames { get; } = [SupplierSharesFile, SiteRiskFile];

    private RiskOverview? _overview;
    private NetworkRisk? _network;

    public void Begin(RiskOverview overview) => _overview = overview;

    public void Site(SiteRisk site)
    {
    }

    public void Network(NetworkRisk network) => _network = network;

    public void Asset(AssetRisk asset)
    {
    }

    public void End()
    {
        using (var stream = open(SupplierSharesFile))
        {
            SupplierSharesSvg.Write(stream, _overview!.Roles, _overview.Suppliers);
        }

        using (var stream = open(SiteRiskFile))
        {
            SiteRiskSvg.Write(stream, _network!.TopSites, _overview.Model);
        }
    }
}
