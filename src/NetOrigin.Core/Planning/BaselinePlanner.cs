namespace NetOrigin.Planning;

/// <summary>
/// What a spreadsheet does: take visits earliest deadline first (a visit inherits the earliest deadline of the work
/// that waits for it), and put each at the first week where its equipment has arrived, its predecessors have cut
/// over, a crew is free for its whole stay, no blackout applies and the budget period still has the money. No
/// look-ahead, no swaps. Every plan reports its improvement over this.
/// </summary>
public sealed class BaselinePlanner : IPlanSolver
{
    public string Name => "earliest-deadline-first";

    public SolveResult Solve(PlanInstance instance, Schedule? hint, SolverLimits limits)
    {
        var schedule = Place(instance);
        var objectives = schedule.Objectives(instance);
        return new SolveResult(schedule, Name, "heuristic", [
            new StageResult("deadline_misses", objectives.Misses, 0, "heuristic"),
            new StageResult("risk_exposure", objectives.Exposure, 0, "heuristic"),
            new StageResult("cost", objectives.Cost, 0, "heuristic"),
        ], Proven: false);
    }

    public static Schedule Place(PlanInstance instance)
    {
        var n = instance.Visits.Count;
        var starts = new int[n];
        Array.Fill(starts, Schedule.Absent);
        var crews = new int[instance.Horizon];
        var spend = new long[instance.Periods.Count];
        var predecessors = instance.Predecessors;
        foreach (var v in Order(instance))
        {
            var visit = instance.Visits[v];
            var earliest = visit.Release;
            var blocked = false;
            foreach (var p in predecessors[v])
            {
                if (starts[p] < 0)
                {
                    blocked = true;
                    break;
                }

                earliest = Math.Max(earliest, starts[p] + instance.Visits[p].WorkWeeks);
            }

            if (blocked)
            {
                continue;
            }

            for (var t = earliest; t + visit.Duration <= instance.Horizon; t++)
            {
                if (!visit.StartAllowed(t) || !CrewsFree(instance, crews, t, visit.CrewWeeks) || !Affordable(instance, spend, t, visit.Cost))
                {
                    continue;
                }

                starts[v] = t;
                for (var w = t; w < t + visit.CrewWeeks; w++)
                {
                    crews[w]++;
                }

                if (instance.PeriodOf(t) is var period and >= 0)
                {
                    spend[period] += visit.Cost;
                }

                break;
            }
        }

        return new Schedule(starts);
    }

    internal static bool CrewsFree(PlanInstance instance, int[] use, int start, int weeks)
    {
        for (var w = start; w < start + weeks; w++)
        {
            if (use[w] >= instance.Crews[w])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether work costing <paramref name="cost"/> can start in <paramref name="week"/> given what is spent.</summary>
    internal static bool Affordable(PlanInstance instance, long[] spend, int week, long cost)
    {
        if (!instance.BudgetLimited || cost == 0)
        {
            return true;
        }

        var period = instance.PeriodOf(week);
        if (period < 0)
        {
            return false;
        }

        if (!instance.CarryOver)
        {
            return spend[period] + cost <= instance.Periods[period].Amount;
        }

        // With carry-over, money spent now is missing from every later period's running balance too.
        long available = 0, spent = 0;
        for (var p = 0; p < instance.Periods.Count; p++)
        {
            available += instance.Periods[p].Amount;
            spent += spend[p];
            if (p >= period && spent + cost > available)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Visits in precedence order, earliest (inherited) deadline first, then by id.</summary>
    private static List<int> Order(PlanInstance instance)
    {
        var n = instance.Visits.Count;
        var due = new long[n];
        for (var v = 0; v < n; v++)
        {
            due[v] = instance.Visits[v].Deadlines.Count > 0 ? instance.Visits[v].Deadlines.Min(d => d.LatestEnd) : long.MaxValue;
        }

        var predecessors = instance.Predecessors;
        var successors = new List<int>[n];
        var waiting = new int[n];
        for (var v = 0; v < n; v++)
        {
            successors[v] = [];
        }

        for (var v = 0; v < n; v++)
        {
            foreach (var p in predecessors[v])
            {
                successors[p].Add(v);
                waiting[v]++;
            }
        }

        // A predecessor is due when the earliest of the work waiting for it is (propagated back, longest chains first).
        var changed = true;
        for (var round = 0; changed && round < n; round++)
        {
            changed = false;
            for (var v = 0; v < n; v++)
            {
                foreach (var s in successors[v])
                {
                    if (due[s] < due[v])
                    {
                        due[v] = due[s];
                        changed = true;
                    }
                }
            }
        }

        var ready = new PriorityQueue<int, (long, string)>(Comparer<(long Due, string Id)>.Create((a, b) => a.Due != b.Due ? a.Due.CompareTo(b.Due) : string.CompareOrdinal(a.Id, b.Id)));
        for (var v = 0; v < n; v++)
        {
            if (waiting[v] == 0)
            {
                ready.Enqueue(v, (due[v], instance.Visits[v].Id));
            }
        }

        var order = new List<int>(n);
        while (ready.TryDequeue(out var v, out _))
        {
            order.Add(v);
            foreach (var s in successors[v])
            {
                if (--waiting[s] == 0)
                {
                    ready.Enqueue(s, (due[s], instance.Visits[s].Id));
                }
            }
        }

        return order;
    }
}
