using System.Globalization;
using NetOrigin.Entities;
using NetOrigin.Risk.Exposure;

namespace NetOrigin.Reports.Risk;

/// <summary>
/// The human cut-off report: what is cut and what its providers may do, then the sites by outcome — dark first —
/// with the functions lost and what remains. It keeps a bounded number of sites per outcome.
/// </summary>
public sealed class ExposureTableWriter(TextWriter output, int sitesPerOutcome = 25) : IExposureSink
{
    private static readonly SiteOutcome[] Shown = [SiteOutcome.Dark, SiteOutcome.FunctionLost, SiteOutcome.NoIndependentAlternative, SiteOutcome.Unknown, SiteOutcome.Degraded];
    private readonly Dictionary<SiteOutcome, List<SiteExposure>> _examples = Shown.ToDictionary(o => o, _ => new List<SiteExposure>());
    private ExposureOverview? _overview;

    public void Begin(ExposureOverview overview) => _overview = overview;

    public void Site(SiteExposure site)
    {
        if (_examples.TryGetValue(site.Outcome, out var list) && list.Count < sitesPerOutcome)
        {
            list.Add(site);
        }
    }

    public void End(ExposureTotals totals)
    {
        var overview = _overview!;
        output.WriteLine($"NetOrigin cut-off exposure of {overview.Context.Input} as of {overview.Context.AsOf:yyyy-MM-dd}");
        if (overview.Context.Versions is { } versions)
        {
            output.WriteLine($"  netorigin {versions.ToolVersion}; reference data {versions.Digest}");
        }
        foreach (var cut in overview.Cuts)
        {
            output.WriteLine($"  cut: {cut.Description}{(cut.ResolvedAs is null ? "" : $" ('{cut.Query}': {cut.ResolvedAs})")}");
        }

        output.WriteLine($"Records: {N(overview.Records.Read)} read, {N(overview.Records.Accepted)} accepted, {N(overview.Records.Rejected)} rejected; supplier identified for {N(overview.Identified)}");
        output.WriteLine($"The cut stops {N(overview.CutAssets)} assets{(overview.CutSuppliers.Count == 0 ? "" : ": " + string.Join(", ", overview.CutSuppliers.Take(8).Select(s => $"{s.Maker.DisplayName} {N(s.Assets)}")))}");
        foreach (var right in overview.SuspensionRights)
        {
            var source = right.Sources.Count > 0 ? $" [{right.Sources[0].Citation}{(right.Unverified ? ", unverified" : "")}]" : "";
            output.WriteLine($"  {right.ProviderId} may suspend service ({right.Basis.Name()}): {right.Summary}{source}");
        }

        output.WriteLine();
        output.WriteLine("Sites: " + string.Join(", ", totals.Sites.OrderByDescending(s => s.Key).Select(s => $"{N(s.Value)} {Describe(s.Key)}")));
        output.WriteLine($"Functions lost: {N(totals.FunctionsLost)}{(totals.UnsitedCutAssets > 0 ? $"; cut assets without a site: {N(totals.UnsitedCutAssets)}" : "")}");
        foreach (var outcome in Shown)
        {
            var sites = _examples[outcome];
            if (sites.Count == 0)
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine($"{Capitalised(Describe(outcome))} ({N(totals.Sites[outcome])}{(totals.Sites[outcome] > sites.Count ? $", first {sites.Count} shown" : "")}):");
            foreach (var site in sites)
            {
                var functions = site.Functions.Where(f => f.Outcome != FunctionOutcome.Unaffected).Select(Function);
                output.WriteLine($"  {site.Site}: {string.Join("; ", functions)}");
            }
        }

        output.WriteLine();
        output.WriteLine("Every affected site with its functions, what is cut and what remains: add --format json --out FILE.");
    }

    private static string Function(FunctionExposure function)
    {
        var cut = string.Join(", ", function.Cut.Select(c => $"{c.Label} {N(c.Assets)}"));
        var remaining = function.Remaining.Count == 0 ? "" : " — remains: " + string.Join(", ", function.Remaining.Select(r => $"{r.Label} {N(r.Assets)}{(r.Independent ? "" : " (same controller)")}"));
        var unknown = function.Unknown > 0 ? $"; {N(function.Unknown)} of unknown supply" : "";
        return $"{function.Function.Name} {function.Outcome.Name()}{(cut.Length > 0 ? $" (cut: {cut})" : "")}{remaining}{unknown}";
    }

    private static string Describe(SiteOutcome outcome) => outcome switch
    {
        SiteOutcome.Dark => "dark (every link out lost)",
        SiteOutcome.FunctionLost => "lose a function",
        SiteOutcome.NoIndependentAlternative => "keep service only under the same controller",
        SiteOutcome.Unknown => "unknown (remaining supply not identified)",
        SiteOutcome.Degraded => "keep an independent alternative",
        _ => "unaffected",
    };

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
