using Google.OrTools.Sat;

namespace NetOrigin.Planning.CpSat;

/// <summary>
/// A time-indexed copy of a small model: one literal per visit and allowed start week, tied exactly to the
/// interval model's start, end, lateness and budget literals, and crew capacity as one linear row per week. The
/// interval model alone leaves the solver's linear relaxation weak (a cumulative is barely linear), so the bound on
/// risk exposure — a weighted sum of end weeks — stays far from the best schedule and small instances are not
/// proven optimal. The time-indexed relaxation is the classic strong one for weighted completion times on parallel
/// crews; added beside the intervals it gives the solver that bound while propagation stays as it was.
/// </summary>
internal sealed class TimeIndexedCuts
{
    /// <summary>Start literals above this many make the copy cost more than the bound it brings.</summary>
    public const int MaxSlots = 60_000;

    private readonly List<(int Visit, int Week, BoolVar Literal)> _slots = [];

    public TimeIndexedCuts(
        CpModel model,
        PlanInstance instance,
        IReadOnlyList<List<(long From, long To)>> allowed,
        BoolVar[] present,
        IntVar[] start,
        IntVar[] end,
        IReadOnlyList<(int Visit, VisitDeadline Deadline, BoolVar Late)> late,
        IReadOnlyList<(int Visit, int Period, BoolVar Charged)> charged)
    {
        var byVisit = new List<(int Week, BoolVar Literal)>[instance.Visits.Count];
        var crewRows = new LinearExprBuilder[instance.Horizon];
        for (var v = 0; v < byVisit.Length; v++)
        {
            var visit = instance.Visits[v];
            byVisit[v] = [];
            var slots = LinearExpr.NewBuilder();
            var startSum = LinearExpr.NewBuilder();
            var endSum = LinearExpr.NewBuilder();
            var first = allowed[v].Count == 0 ? 0 : allowed[v][0].From;
            foreach (var (from, to) in allowed[v])
            {
                for (var w = (int)from; w < to; w++)
                {
                    var x = model.NewBoolVar($"at_{v}_{w}");
                    byVisit[v].Add((w, x));
                    _slots.Add((v, w, x));
                    slots.Add(x);
                    startSum.AddTerm(x, w - first);
                    endSum.AddTerm(x, instance.AbsentEnd - w - visit.Duration);
                    for (var c = w; c < w + visit.CrewWeeks && c < crewRows.Length; c++)
                    {
                        (crewRows[c] ??= LinearExpr.NewBuilder()).Add(x);
                    }
                }
            }

            // Exactly one start week when present; start and end follow the chosen week (an absent visit starts
            // at its first allowed week, as the hints and fixings already have it, and ends at the absent end).
            model.Add(slots == present[v]);
            model.Add(start[v] == first + startSum);
            model.Add(end[v] == instance.AbsentEnd - endSum);
        }

        for (var w = 0; w < crewRows.Length; w++)
        {
            if (crewRows[w] is { } row && w < instance.Crews.Length)
            {
                model.Add(row <= instance.Crews[w]);
            }
        }

        // A deadline is met only by a start on or before its latest start week.
        foreach (var (v, deadline, literal) in late)
        {
            var latestStart = deadline.LatestEnd - instance.Visits[v].Duration;
            var onTime = LinearExpr.NewBuilder();
            foreach (var (week, x) in byVisit[v].Where(s => s.Week <= latestStart))
            {
                onTime.Add(x);
            }

            model.Add(onTime + literal >= 1);
        }

        // Money is charged by the end of a period exactly when the work starts before that period ends.
        foreach (var (v, p, literal) in charged)
        {
            var before = LinearExpr.NewBuilder();
            foreach (var (week, x) in byVisit[v].Where(s => s.Week < instance.Periods[p].ToWeek))
            {
                before.Add(x);
            }

            model.Add(before == literal);
        }
    }

    /// <summary>Whether the copy fits: the number of start literals it would make.</summary>
    public static long Slots(IReadOnlyList<List<(long From, long To)>> allowed) => allowed.Sum(a => a.Sum(r => r.To - r.From));

    public void Hint(CpModel model, Schedule schedule)
    {
        foreach (var (v, w, x) in _slots)
        {
            model.AddHint(x, schedule.Present(v) && schedule.StartOf(v) == w);
        }
    }
}
