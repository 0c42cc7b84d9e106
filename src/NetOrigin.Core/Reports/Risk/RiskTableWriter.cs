using System.Globalization;
using NetOrigin.Entities;
using NetOrigin.Risk;

namespace NetOrigin.Reports.Risk;

/// <summary>
/// The human risk report: the network score as terms, suppliers by ultimate controller, concentration by role,
/// the riskiest sites and assets. It keeps only bounded lists in memory.
/// </summary>
public sealed class RiskTableWriter(TextWriter output, int rows = 15) : IRiskSink
{
    private readonly TopList<AssetRisk> _assets = new(rows, a => a.Score.Value);
    private RiskOverview? _overview;
    private NetworkRisk? _network;

    public void Begin(RiskOverview overview) => _overview = overview;

    public void Site(SiteRisk site)
    {
    }

    public void Network(NetworkRisk network) => _network = network;

    public void Asset(AssetRisk asset) => _assets.Offer(asset);

    public void End()
    {
        var overview = _overview!;
        var network = _network!;
        var context = overview.Context;
        var model = overview.Model;
        output.WriteLine($"NetOrigin risk analysis of {context.Input} as of {context.AsOf:yyyy-MM-dd}");
        output.WriteLine($"  risk model {model.Id} version {model.Version} ({model.File}); policy packs: {string.Join(", ", context.Packs.Select(p => $"{p.Id} {p.Version}"))}");
        if (context.Versions is { } versions)
        {
            output.WriteLine($"  netorigin {versions.ToolVersion}; reference data {versions.Digest}");
        }
        output.WriteLine();
        var records = overview.Records;
        output.WriteLine($"Records: {N(records.Read)} read, {N(records.Accepted)} accepted, {N(records.Rejected)} rejected; supplier identified for {N(overview.Identified)} of {N(records.Accepted)} assets");
        output.WriteLine();
        WriteNetwork(network);
        WriteSuppliers(overview);
        WriteConcentration(overview);
        WriteSites(network);
        WriteAssets();
        output.WriteLine("Every score with every criterion's value, weight, contribution, facts and sources: add --format json --out FILE (or --format csv).");
    }

    private void WriteNetwork(NetworkRisk network)
    {
        var score = network.Score;
        output.WriteLine($"Network score: {RiskNumbers.Score(score.Value, score.UnknownWeight)} out of {RiskNumbers.Text(RiskModel.TotalWeight)} — the mean over {N(score.Assets)} assets; the unknown part is weight that could not be assessed, not zero risk");
        output.WriteLine($"  {"criterion",-18} {"weight",6} {"contribution",12} {"unknown",8}  known for");
        foreach (var term in score.Terms)
        {
            output.WriteLine($"  {term.Criterion.Id,-18} {RiskNumbers.Text(term.Weight),6} {RiskNumbers.Text(term.Contribution),12} {RiskNumbers.Text(term.UnknownWeight),8}  {N(term.Known)} of {N(score.Assets)}");
        }

        output.WriteLine($"  {"sum",-18} {"",6} {RiskNumbers.Text(score.Value),12} {RiskNumbers.Text(score.UnknownWeight),8}");
        output.WriteLine();
    }

    private void WriteSuppliers(RiskOverview overview)
    {
        output.WriteLine($"Suppliers by ultimate controller (brands and subsidiaries of one owner are one supplier; {Math.Min(rows, overview.Suppliers.Count)} of {overview.Suppliers.Count} shown)");
        output.WriteLine($"  {"controller",-36} {"assets",7} {"share",7}  {"score (supplier side)",-22} makers and providers");
        foreach (var supplier in overview.Suppliers.Take(rows))
        {
            var makers = string.Join(", ", supplier.Makers.Take(4).Select(m => $"{m.Maker.DisplayName} ({N(m.Assets)})")) + (supplier.Makers.Count > 4 ? ", ..." : "");
            var rights = supplier.SuspensionRights.Count > 0 ? $"; may suspend service ({string.Join(", ", supplier.SuspensionRights.Select(r => r.Basis.Name()).Distinct())})" : "";
            output.WriteLine($"  {Cut(supplier.Label, 36),-36} {N(supplier.Assets),7} {Percent(supplier.SharePercent),7}  {RiskNumbers.Score(supplier.Score.Value, supplier.Score.UnknownWeight),-22} {makers}{rights}");
        }

        output.WriteLine();
    }

    private void WriteConcentration(RiskOverview overview)
    {
        output.WriteLine("Concentration by role (shares and Herfindahl-Hirschman index by ultimate controller, 0-10,000)");
        output.WriteLine($"  {"role",-16} {"assets",7} {"HHI",8}  largest suppliers");
        foreach (var role in overview.Roles)
        {
            var largest = string.Join(", ", role.Shares.Take(3).Select(s => $"{s.Label} {Percent(s.Percent)}"));
            var unattributed = role.Unattributed > 0 ? $"; {N(role.Unattributed)} unattributed" : "";
            output.WriteLine($"  {role.Key,-16} {N(role.Assets),7} {RiskNumbers.Text(role.Hhi),8}  {largest}{unattributed}{(role.SingleSource ? " — single source" : "")}");
        }

        var single = overview.SingleSourceRoles.Select(r => r.Key).ToList();
        output.WriteLine($"Single-source roles: {(single.Count == 0 ? "none" : string.Join(", ", single))}");
        if (overview.ServiceTypes.Count > 0)
        {
            output.WriteLine("Services by type: " + string.Join("; ", overview.ServiceTypes.Select(t => $"{t.Key} {N(t.Assets)} (HHI {RiskNumbers.Text(t.Hhi)}: {string.Join(", ", t.Shares.Take(3).Select(s => $"{s.Label} {Percent(s.Percent)}"))})")));
        }

        output.WriteLine();
    }

    private void WriteSites(NetworkRisk network)
    {
        output.WriteLine($"Sites: {N(network.Sites)}; single-homed (every link out from one controller): {N(network.SingleHomedSites)}; with a single-source function: {N(network.SingleSourceSites)}{(network.UnsitedAssets > 0 ? $"; assets without a site: {N(network.UnsitedAssets)}" : "")}");
        output.WriteLine($"Riskiest sites (mean asset score):");
        foreach (var site in network.TopSites.Take(rows))
        {
            var homed = site.SingleHomed switch { true => "; single-homed", false => "", null => "" };
            output.WriteLine($"  {Cut(site.Site, 30),-30} {N(site.Score.Assets),5} assets  score {RiskNumbers.Score(site.Score.Value, site.Score.UnknownWeight),-20} riskiest asset {RiskNumbers.Text(site.MaxAssetScore)}{homed}");
        }

        output.WriteLine();
    }

    private void WriteAssets()
    {
        output.WriteLine("Riskiest assets:");
        foreach (var asset in _assets.Items)
        {
            var terms = string.Join(", ", asset.Score.Terms.Where(t => t.Contribution > 0).OrderByDescending(t => t.Contribution).Take(4).Select(t => $"{t.Criterion.Id} {RiskNumbers.Text(t.Contribution!.Value)}"));
            output.WriteLine($"  {asset.Id,-12} {Cut(asset.Site ?? "-", 24),-24} {Cut(asset.Maker?.DisplayName ?? "unidentified", 20),-20} {RiskNumbers.Score(asset.Score.Value, asset.Score.UnknownWeight),-20} {terms}");
        }

        output.WriteLine();
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(decimal percent) => RiskNumbers.Text(percent) + "%";
}
