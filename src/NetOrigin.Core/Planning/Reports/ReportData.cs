using NetOrigin.Planning.Progress;

namespace NetOrigin.Planning.Reports;

/// <summary>What every report reads: the current plan (re-planned from progress), the progress file and the date.</summary>
public sealed record ReportData(Plan Plan, ProgressLog Progress, DateOnly AsOf, string Filer, NetworkShares? Shares = null)
{
    /// <summary>Every item of the programme: those still in the plan and those already finished.</summary>
    public IEnumerable<PlanItem> AllItems => Plan.Items.Select(i => i.Item).Concat(Plan.Instance.Finished);

    public int Total => Plan.Items.Count + Plan.Instance.Finished.Count;

    internal int CountAt(TaskState state) => AllItems.Count(i => Progress.Of(i.Asset.Id)?.Has(state) == true);

    public int RemovedCount => AllItems.Count(i => Progress.Of(i.Asset.Id)?.RemovalDone == true);

    /// <summary>The burn-down: items not yet removed, by recorded removal dates, then by planned ones.</summary>
    internal Burndown Burndown()
    {
        var total = Total;
        var removals = AllItems
            .Select(i => Progress.Of(i.Asset.Id) is { } p && p.RemovalDone ? p.DateOf(TaskState.Removed) ?? p.DateOf(TaskState.Disposed) ?? p.DateOf(TaskState.Verified) : null)
            .OfType<DateOnly>()
            .Order()
            .ToList();
        var recorded = new List<BurndownPoint> { new(removals.Count > 0 ? Min(removals[0], Plan.Instance.Start) : Plan.Instance.Start, total) };
        var remaining = total;
        foreach (var day in removals)
        {
            remaining--;
            recorded.Add(new BurndownPoint(day, remaining));
        }

        recorded.Add(new BurndownPoint(AsOf, remaining));
        var planned = new List<BurndownPoint> { new(AsOf, remaining) };
        foreach (var day in Plan.Items.Where(i => i.Removed is not null && Progress.Of(i.Item.Asset.Id)?.RemovalDone != true).Select(i => i.Removed!.Value).Order())
        {
            remaining--;
            planned.Add(new BurndownPoint(day, remaining));
        }

        var deadlines = Plan.Deadlines.Select(d => (d.Date, d.Source)).Distinct().ToList();
        return new Burndown(recorded, planned, deadlines, AsOf);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
