namespace NetOrigin.Planning;

/// <summary>A budget period in weeks [FromWeek, ToWeek) with the money it brings.</summary>
public sealed record PeriodWindow(string Label, int FromWeek, int ToWeek, long Amount, DateOnly From, DateOnly To);

/// <summary>Every visit of <see cref="After"/> starts once every visit of <see cref="Before"/> has cut over.</summary>
public sealed record PrecedenceGroup(IReadOnlyList<int> Before, IReadOnlyList<int> After, string Reason);

/// <summary>
/// What the solvers schedule, in weeks from <see cref="Start"/>: visits with costs, crews, lead times, blackouts and
/// deadlines; crews per week; money per budget period; precedence between visits.
/// </summary>
public sealed class PlanInstance
{
    public required DateOnly Start { get; init; }

    /// <summary>Weeks planned; work must end by then.</summary>
    public required int Horizon { get; init; }
    public required IReadOnlyList<Visit> Visits { get; init; }

    /// <summary>Crews available in each week of the horizon.</summary>
    public required int[] Crews { get; init; }
    public required IReadOnlyList<PeriodWindow> Periods { get; init; }

    /// <summary>Unspent money stays available in later periods.</summary>
    public required bool CarryOver { get; init; }

    /// <summary>False when no budget was given: money does not limit the plan.</summary>
    public required bool BudgetLimited { get; init; }
    public required IReadOnlyList<PrecedenceGroup> Precedence { get; init; }
    public required string Currency { get; init; }

    /// <summary>Items that need no further work (verified, or replaced and disposed), for the reports.</summary>
    public IReadOnlyList<PlanItem> Finished { get; internal init; } = [];

    /// <summary>What the second objective counts for a visit not done within the horizon: twice the horizon.</summary>
    public int AbsentEnd => 2 * Horizon;

    internal DateOnly WeekStart(int week) => Start.AddDays(7 * week);

    /// <summary>The last day of the week before <paramref name="endWeek"/>: the day work that ends there is done.</summary>
    internal DateOnly EndDate(int endWeek) => Start.AddDays(7 * endWeek - 1);

    /// <summary>The week a date falls in (negative before the start).</summary>
    internal int WeekOf(DateOnly date) => (int)Math.Floor((date.DayNumber - Start.DayNumber) / 7.0);

    /// <summary>The budget period whose money pays for work starting in <paramref name="week"/>, or -1.</summary>
    public int PeriodOf(int week)
    {
        for (var i = 0; i < Periods.Count; i++)
        {
            if (week >= Periods[i].FromWeek && week < Periods[i].ToWeek)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Predecessor visits of each visit (through the groups), built once.</summary>
    internal IReadOnlyList<int>[] Predecessors => field ??= BuildPredecessors();

    private IReadOnlyList<int>[] BuildPredecessors()
    {
        var lists = new List<int>[Visits.Count];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = [];
        }

        foreach (var group in Precedence)
        {
            foreach (var after in group.After)
            {
                lists[after].AddRange(group.Before);
            }
        }

        return lists.Select(l => (IReadOnlyList<int>)l.Distinct().ToArray()).ToArray();
    }

    public long TotalCost => Visits.Sum(v => v.Cost);
}
