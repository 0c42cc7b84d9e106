using NetOrigin.Entities;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Server.Web.Pages;

/// <summary>The dashboard: the latest run's counts per pack, the trend across runs, top makers and controllers, deadlines ahead.</summary>
[Requires(Permission.Read)]
public sealed class IndexModel(Runs runs, Storage.Inventory.Imports imports, Storage.Assessment.Findings findings, ReferenceSnapshot reference) : TenantPage
{
    public const int DeadlineDays = 90;

    public RunSummary? Latest { get; private set; }
    public TrendChart? Trend { get; private set; }
    public IReadOnlyList<MakerTally> TopMakers { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name, long Assets)> TopControllers { get; private set; } = [];
    public IReadOnlyList<FindingDocument> Deadlines { get; private set; } = [];
    public DateOnly Horizon => Today.AddDays(DeadlineDays);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var complete = (await CompleteRunsAsync(runs, cancellationToken)).Take(12).Reverse().Select(RunSummary.Of).ToList();
        if (complete.Count == 0)
        {
            return;
        }

        Latest = complete[^1];
        Trend = new TrendChart(complete, RunSummary.Statuses);
        TopMakers = Latest.Makers.OrderByDescending(m => m.Assets).ThenBy(m => m.Name, StringComparer.Ordinal).Take(10).ToList();
        TopControllers = Latest.Makers
            .GroupBy(m => Controller(m.Id, Latest.Run.AsOf))
            .Select(g => (g.Key.Id, g.Key.Name, g.Sum(m => m.Assets)))
            .OrderByDescending(c => c.Item3).ThenBy(c => c.Name, StringComparer.Ordinal).Take(10).ToList();
        var import = await imports.GetAsync(Me.TenantId, Latest.Run.ImportId, cancellationToken);
        var page = await findings.PageAsync(Latest.Run, new FindingFilter(DeadlineBefore: Horizon, DeadlineFrom: Today), 0, 25, cancellationToken);
        Deadlines = page.Select(f => FindingDocument.Of(findings, Latest.Run, import!.FileName, f)).OrderBy(f => f.Deadline).ToList();
    }

    /// <summary>Who controls a maker in the end on the run's date (the maker itself when nobody does).</summary>
    private (string Id, string Name) Controller(string makerId, DateOnly asOf)
    {
        if (!reference.Data.Graph.TryGet(makerId, out _))
        {
            return (makerId, makerId);
        }

        var top = OrganisationProfile.Of(reference.Data.Ownership, makerId, asOf).Ownership.UltimateControllers[0];
        return (top.Id, top.Name);
    }
}
