namespace NetOrigin.Planning;

/// <summary>
/// A deadline of some of a visit's items, in weeks: the visit must end (old gear removed) by <see cref="LatestEnd"/>
/// for them to be met. <see cref="Weight"/> is what missing it costs in the first objective.
/// </summary>
public sealed record VisitDeadline(DateOnly Date, int LatestEnd, long Weight, int Items, string Source);

/// <summary>
/// The unit of scheduling: one crew's trip to one site to replace a group of items. It needs its equipment
/// (<see cref="LeadWeeks"/> after ordering at the start at the earliest), a crew for <see cref="WorkWeeks"/>, then
/// runs old and new in parallel for <see cref="ParallelWeeks"/> before the old gear is removed.
/// </summary>
public sealed class Visit
{
    public required int Index { get; init; }

    /// <summary>"SITE" or "SITE#core" when a site's core work is a visit of its own.</summary>
    public required string Id { get; init; }
    public required string Site { get; init; }
    public required string Phase { get; init; }
    public required string Operator { get; init; }
    public required IReadOnlyList<PlanItem> Items { get; init; }

    /// <summary>Remaining cost in whole currency units, charged in the budget period in which the work starts.</summary>
    public required long Cost { get; init; }
    public required int LeadWeeks { get; init; }

    /// <summary>Weeks a crew works on site (0 for work that needs no crew, such as a contract move).</summary>
    public required int CrewWeeks { get; init; }
    public required int ParallelWeeks { get; init; }

    /// <summary>Earliest start week, from lead times and progress.</summary>
    public required int Release { get; init; }

    /// <summary>Sum of the items' weights (whole numbers), what each week until removal costs in the second objective.</summary>
    public required long RiskWeight { get; init; }
    public required IReadOnlyList<VisitDeadline> Deadlines { get; init; }

    /// <summary>Week ranges [from, to) in which no crew may work here.</summary>
    public required IReadOnlyList<(int From, int To, string Reason)> Blackouts { get; init; }

    /// <summary>At least one week of work even when no crew is needed.</summary>
    public int WorkWeeks => Math.Max(1, CrewWeeks);

    /// <summary>Weeks from start to removal of the old gear.</summary>
    public int Duration => WorkWeeks + ParallelWeeks;

    /// <summary>Whether crew work starting in <paramref name="week"/> avoids every blackout.</summary>
    public bool StartAllowed(int week)
    {
        foreach (var (from, to, _) in Blackouts)
        {
            if (week < to && from < week + WorkWeeks)
            {
                return false;
            }
        }

        return true;
    }

    internal Visit WithDeadlines(IReadOnlyList<VisitDeadline> deadlines) => new()
    {
        Index = Index,
        Id = Id,
        Site = Site,
        Phase = Phase,
        Operator = Operator,
        Items = Items,
        Cost = Cost,
        LeadWeeks = LeadWeeks,
        CrewWeeks = CrewWeeks,
        ParallelWeeks = ParallelWeeks,
        Release = Release,
        RiskWeight = RiskWeight,
        Deadlines = deadlines,
        Blackouts = Blackouts,
    };

    public override string ToString() => Id;
}
