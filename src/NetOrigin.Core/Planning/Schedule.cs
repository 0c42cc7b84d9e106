namespace NetOrigin.Planning;

/// <summary>The three objectives, compared in order: weighted deadline misses, then risk exposure, then cost.</summary>
public readonly record struct PlanObjectives(long Misses, long Exposure, long Cost) : IComparable<PlanObjectives>
{
    public int CompareTo(PlanObjectives other) =>
        Misses != other.Misses ? Misses.CompareTo(other.Misses)
        : Exposure != other.Exposure ? Exposure.CompareTo(other.Exposure)
        : Cost.CompareTo(other.Cost);

    public static bool operator <(PlanObjectives a, PlanObjectives b) => a.CompareTo(b) < 0;

    public static bool operator >(PlanObjectives a, PlanObjectives b) => a.CompareTo(b) > 0;

    public static bool operator <=(PlanObjectives a, PlanObjectives b) => a.CompareTo(b) <= 0;

    public static bool operator >=(PlanObjectives a, PlanObjectives b) => a.CompareTo(b) >= 0;
}

/// <summary>
/// When each visit starts (week), or -1 for a visit not done within the horizon. A schedule is only a proposal
/// until <see cref="Check"/> finds no broken constraint.
/// </summary>
public sealed class Schedule(int[] starts)
{
    public const int Absent = -1;

    public IReadOnlyList<int> Starts => starts;

    public bool Present(int visit) => starts[visit] >= 0;

    public int StartOf(int visit) => starts[visit];

    public int EndOf(PlanInstance instance, int visit) => starts[visit] < 0 ? instance.AbsentEnd : starts[visit] + instance.Visits[visit].Duration;

    /// <summary>The week the visit cuts over (new gear live; successors may start).</summary>
    public int CutOverOf(PlanInstance instance, int visit) => starts[visit] + instance.Visits[visit].WorkWeeks;

    public PlanObjectives Objectives(PlanInstance instance)
    {
        long misses = 0, exposure = 0, cost = 0;
        for (var v = 0; v < instance.Visits.Count; v++)
        {
            var visit = instance.Visits[v];
            var end = EndOf(instance, v);
            foreach (var deadline in visit.Deadlines)
            {
                if (!Present(v) || end > deadline.LatestEnd)
                {
                    misses += deadline.Weight;
                }
            }

            exposure += visit.RiskWeight * end;
            if (Present(v))
            {
                cost += visit.Cost;
            }
        }

        return new PlanObjectives(misses, exposure, cost);
    }

    /// <summary>Crews in use in each week.</summary>
    internal int[] CrewUse(PlanInstance instance)
    {
        var use = new int[instance.Horizon];
        for (var v = 0; v < instance.Visits.Count; v++)
        {
            if (!Present(v))
            {
                continue;
            }

            var visit = instance.Visits[v];
            for (var w = starts[v]; w < starts[v] + visit.CrewWeeks && w < use.Length; w++)
            {
                use[w]++;
            }
        }

        return use;
    }

    /// <summary>Money spent in each budget period.</summary>
    internal long[] Spend(PlanInstance instance)
    {
        var spend = new long[instance.Periods.Count];
        for (var v = 0; v < instance.Visits.Count; v++)
        {
            if (Present(v) && instance.PeriodOf(starts[v]) is var p and >= 0)
            {
                spend[p] += instance.Visits[v].Cost;
            }
        }

        return spend;
    }

    /// <summary>Every constraint the schedule breaks, in words; empty when it is feasible.</summary>
    public IReadOnlyList<string> Check(PlanInstance instance)
    {
        var problems = new List<string>();
        for (var v = 0; v < instance.Visits.Count; v++)
        {
            if (!Present(v))
            {
                continue;
            }

            var visit = instance.Visits[v];
            var s = starts[v];
            if (s < visit.Release)
            {
                problems.Add($"{visit.Id} starts in week {s}, before its release in week {visit.Release}");
            }

            if (s + visit.Duration > instance.Horizon)
            {
                problems.Add($"{visit.Id} ends after the horizon");
            }

            if (!visit.StartAllowed(s))
            {
                problems.Add($"{visit.Id} works in a blackout");
            }

            foreach (var p in instance.Predecessors[v])
            {
                if (!Present(p) || s < CutOverOf(instance, p))
                {
                    problems.Add($"{visit.Id} starts before {instance.Visits[p].Id} has cut over");
                }
            }

            if (instance.BudgetLimited && visit.Cost > 0 && instance.PeriodOf(s) < 0)
            {
                problems.Add($"{visit.Id} starts outside every budget period");
            }
        }

        var use = CrewUse(instance);
        for (var w = 0; w < use.Length; w++)
        {
            if (use[w] > instance.Crews[w])
            {
                problems.Add($"week {w} uses {use[w]} crews of {instance.Crews[w]}");
            }
        }

        if (instance.BudgetLimited)
        {
            var spend = Spend(instance);
            long available = 0, spent = 0;
            for (var p = 0; p < spend.Length; p++)
            {
                available = instance.CarryOver ? available + instance.Periods[p].Amount : instance.Periods[p].Amount;
                spent = instance.CarryOver ? spent + spend[p] : spend[p];
                if (spent > available)
                {
                    problems.Add($"period {instance.Periods[p].Label} spends {spent} of {available}");
                }
            }
        }

        return problems;
    }
}
