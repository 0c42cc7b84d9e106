using Google.OrTools.Sat;
using Google.OrTools.Util;

namespace NetOrigin.Planning.CpSat;

/// <summary>The CP-SAT model of one plan instance, with the three objectives as expressions.</summary>
internal sealed class PlanModel
{
    private readonly PlanInstance _instance;
    private readonly BoolVar[] _present;
    private readonly IntVar[] _start;
    private readonly IntVar[] _end;
    private readonly List<(int Visit, int Period, BoolVar Var)> _charged = [];
    private readonly List<(int Visit, VisitDeadline Deadline, BoolVar Late)> _late = [];
    private readonly List<(IntVar Var, PrecedenceGroup Group)> _cutOvers = [];
    private readonly List<(BoolVar Var, PrecedenceGroup Group)> _allBefore = [];
    private readonly long _constantMisses;
    private readonly List<List<int>> _twins;
    private readonly TimeIndexedCuts? _timeIndexed;

    public PlanModel(PlanInstance instance)
    {
        _instance = instance;
        var n = instance.Visits.Count;
        Model = new CpModel();
        _present = new BoolVar[n];
        _start = new IntVar[n];
        _end = new IntVar[n];
        var h = instance.Horizon;
        var intervals = new List<(IntervalVar Interval, long Demand)>();
        var misses = LinearExpr.NewBuilder();
        var exposure = LinearExpr.NewBuilder();
        var cost = LinearExpr.NewBuilder();
        var allowedStarts = new List<(long From, long To)>[n];
        for (var v = 0; v < n; v++)
        {
            var visit = instance.Visits[v];
            _present[v] = Model.NewBoolVar($"present_{v}");
            var allowed = AllowedStarts(visit);
            allowedStarts[v] = allowed;
            if (allowed.Count == 0)
            {
                Model.Add(_present[v] == 0);
                _start[v] = Model.NewIntVar(0, 0, $"start_{v}");
            }
            else
            {
                _start[v] = Model.NewIntVarFromDomain(Domain.FromIntervals(allowed.Select(a => new[] { a.From, a.To - 1 }).ToArray()), $"start_{v}");
            }

            if (visit.CrewWeeks > 0)
            {
                intervals.Add((Model.NewOptionalFixedSizeIntervalVar(_start[v], visit.CrewWeeks, _present[v], $"crew_{v}"), 1));
            }

            _end[v] = Model.NewIntVar(visit.Release + visit.Duration, instance.AbsentEnd, $"end_{v}");
            Model.Add(_end[v] == _start[v] + visit.Duration).OnlyEnforceIf(_present[v]);
            Model.Add(_end[v] == instance.AbsentEnd).OnlyEnforceIf(_present[v].Not());
            exposure.AddTerm(_end[v], visit.RiskWeight);
            cost.AddTerm(_present[v], visit.Cost);

            foreach (var deadline in visit.Deadlines)
            {
                var latestStart = deadline.LatestEnd - visit.Duration;
                if (allowed.Count == 0 || latestStart < allowed[0].From)
                {
                    _constantMisses += deadline.Weight;
                    continue;
                }

                var late = Model.NewBoolVar($"late_{v}_{deadline.LatestEnd}");
                Model.Add(_start[v] <= latestStart).OnlyEnforceIf(late.Not());
                Model.AddImplication(late.Not(), _present[v]);
                misses.AddTerm(late, deadline.Weight);
                _late.Add((v, deadline, late));
            }
        }

        misses.Add(_constantMisses);
        _twins = Twins(instance);
        AddSymmetryBreaking();
        AddCrews(intervals);
        AddBudget();
        AddPrecedence();
        if (n <= TimeIndexedVisits && TimeIndexedCuts.Slots(allowedStarts) <= TimeIndexedCuts.MaxSlots)
        {
            _timeIndexed = new TimeIndexedCuts(Model, instance, allowedStarts, _present, _start, _end, _late, _charged);
        }

        Misses = misses;
        Exposure = exposure;
        Cost = cost;
    }

    /// <summary>
    /// Up to this many visits the model carries the time-indexed copy (<see cref="TimeIndexedCuts"/>). Measured on
    /// the planner benchmark: at 29 visits the copy proves the plan optimal; at 143 visits its bound does not close
    /// within a minute and the larger model leaves the search no time to improve on the baseline (169 misses with
    /// the copy, 113 without).
    /// </summary>
    public const int TimeIndexedVisits = 64;

    /// <summary>Whether the model carries the time-indexed copy.</summary>
    public bool TimeIndexed => _timeIndexed is not null;

    public CpModel Model { get; }
    public LinearExpr Misses { get; }
    public LinearExpr Exposure { get; }
    public LinearExpr Cost { get; }

    /// <summary>Weeks a visit may start in: after its release, ending within the horizon, no blackout, inside a funded period.</summary>
    private List<(long From, long To)> AllowedStarts(Visit visit)
    {
        var ranges = new List<(long, long)>();
        var last = _instance.Horizon - visit.Duration;
        var needsMoney = _instance.BudgetLimited && visit.Cost > 0;
        long? open = null;
        for (var w = visit.Release; w <= last + 1; w++)
        {
            var ok = w <= last && visit.StartAllowed(w) && (!needsMoney || _instance.PeriodOf(w) >= 0);
            if (ok && open is null)
            {
                open = w;
            }
            else if (!ok && open is { } from)
            {
                ranges.Add((from, w));
                open = null;
            }
        }

        return ranges;
    }

    /// <summary>
    /// Groups of interchangeable visits: same lead time, work, weights, cost, deadlines, blackouts and place in the
    /// precedence. Any schedule stays as good when two of them swap, so the search only needs them in index order.
    /// </summary>
    private static List<List<int>> Twins(PlanInstance instance)
    {
        var before = new Dictionary<int, List<int>>();
        var after = new Dictionary<int, List<int>>();
        for (var g = 0; g < instance.Precedence.Count; g++)
        {
            foreach (var b in instance.Precedence[g].Before)
            {
                (before.TryGetValue(b, out var l) ? l : before[b] = []).Add(g);
            }

            foreach (var a in instance.Precedence[g].After)
            {
                (after.TryGetValue(a, out var l) ? l : after[a] = []).Add(g);
            }
        }

        string Key(int v)
        {
            var visit = instance.Visits[v];
            return string.Join('|',
                visit.Release, visit.CrewWeeks, visit.ParallelWeeks, visit.RiskWeight, visit.Cost,
                string.Join(',', visit.Deadlines.Select(d => $"{d.LatestEnd}:{d.Weight}")),
                string.Join(',', visit.Blackouts.Select(b => $"{b.From}-{b.To}")),
                string.Join(',', before.GetValueOrDefault(v) ?? []),
                string.Join(',', after.GetValueOrDefault(v) ?? []));
        }

        return Enumerable.Range(0, instance.Visits.Count)
            .GroupBy(Key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Order().ToList())
            .ToList();
    }

    private void AddSymmetryBreaking()
    {
        foreach (var twins in _twins)
        {
            for (var i = 1; i < twins.Count; i++)
            {
                var (a, b) = (twins[i - 1], twins[i]);
                Model.AddImplication(_present[b], _present[a]);
                Model.Add(_start[a] <= _start[b]).OnlyEnforceIf(_present[b]);
            }
        }
    }

    /// <summary>The same schedule with interchangeable visits' starts sorted into index order (absent ones last).</summary>
    public Schedule Canonical(Schedule schedule)
    {
        var starts = schedule.Starts.ToArray();
        foreach (var twins in _twins)
        {
            var values = twins.Select(v => starts[v]).OrderBy(s => s < 0 ? int.MaxValue : s).ToList();
            for (var i = 0; i < twins.Count; i++)
            {
                starts[twins[i]] = values[i];
            }
        }

        return new Schedule(starts);
    }

    private void AddCrews(List<(IntervalVar Interval, long Demand)> intervals)
    {
        var crews = _instance.Crews;
        if (intervals.Count == 0 || crews.Length == 0)
        {
            return;
        }

        var capacity = crews.Max();
        var cumulative = Model.AddCumulative(capacity);
        foreach (var (interval, demand) in intervals)
        {
            cumulative.AddDemand(interval, demand);
        }

        // Weeks with fewer crews than the most the plan ever has are filled with fixed "missing crew" intervals.
        for (var w = 0; w < crews.Length;)
        {
            var missing = capacity - crews[w];
            var to = w + 1;
            while (to < crews.Length && capacity - crews[to] == missing)
            {
                to++;
            }

            if (missing > 0)
            {
                cumulative.AddDemand(Model.NewFixedSizeIntervalVar(w, to - w, $"no_crew_{w}"), missing);
            }

            w = to;
        }
    }

    private void AddBudget()
    {
        if (!_instance.BudgetLimited)
        {
            return;
        }

        var periods = _instance.Periods;
        var byPeriod = new LinearExprBuilder[periods.Count];
        for (var p = 0; p < periods.Count; p++)
        {
            byPeriod[p] = LinearExpr.NewBuilder();
        }

        for (var v = 0; v < _instance.Visits.Count; v++)
        {
            var visit = _instance.Visits[v];
            if (visit.Cost == 0)
            {
                continue;
            }

            // charged[p] = present and the work starts before the end of period p; the money is drawn from the
            // first period whose end is after the start.
            BoolVar? previous = null;
            for (var p = 0; p < periods.Count; p++)
            {
                if (periods[p].ToWeek <= periods[p].FromWeek)
                {
                    continue;
                }

                var charged = Model.NewBoolVar($"charged_{v}_{p}");
                Model.AddImplication(charged, _present[v]);
                Model.Add(_start[v] < periods[p].ToWeek).OnlyEnforceIf(charged);
                Model.Add(_start[v] >= periods[p].ToWeek).OnlyEnforceIf([charged.Not(), _present[v]]);
                if (previous is not null)
                {
                    Model.AddImplication(previous, charged);
                }

                if (_instance.CarryOver)
                {
                    byPeriod[p].AddTerm(charged, visit.Cost);
                }
                else
                {
                    byPeriod[p].AddTerm(charged, visit.Cost);
                    if (previous is not null)
                    {
                        byPeriod[p].AddTerm(previous, -visit.Cost);
                    }
                }

                _charged.Add((v, p, charged));
                previous = charged;
            }
        }

        long available = 0;
        for (var p = 0; p < periods.Count; p++)
        {
            available = _instance.CarryOver ? available + periods[p].Amount : periods[p].Amount;
            if (periods[p].ToWeek > periods[p].FromWeek)
            {
                Model.Add(byPeriod[p] <= available);
            }
        }
    }

    private void AddPrecedence()
    {
        foreach (var group in _instance.Precedence)
        {
            if (group.Before.Count == 1)
            {
                var b = group.Before[0];
                var cut = _instance.Visits[b].WorkWeeks;
                foreach (var a in group.After)
                {
                    Model.Add(_start[a] >= _start[b] + cut).OnlyEnforceIf(_present[a]);
                    Model.AddImplication(_present[a], _present[b]);
                }

                continue;
            }

            // Many predecessors: one variable for the last cut-over and one literal for "all of them are done",
            // so the group costs |before| + |after| constraints rather than their product.
            var cutOver = Model.NewIntVar(0, _instance.Horizon, $"cutover_{_cutOvers.Count}");
            var all = Model.NewBoolVar($"all_before_{_allBefore.Count}");
            foreach (var b in group.Before)
            {
                Model.Add(cutOver >= _start[b] + _instance.Visits[b].WorkWeeks).OnlyEnforceIf(_present[b]);
                Model.AddImplication(all, _present[b]);
            }

            foreach (var a in group.After)
            {
                Model.Add(_start[a] >= cutOver).OnlyEnforceIf(_present[a]);
                Model.AddImplication(_present[a], all);
            }

            _cutOvers.Add((cutOver, group));
            _allBefore.Add((all, group));
        }
    }

    /// <summary>The value of objective <paramref name="stage"/> for a schedule.</summary>
    public long Evaluate(int stage, Schedule schedule)
    {
        var o = schedule.Objectives(_instance);
        return stage switch { 0 => o.Misses, 1 => o.Exposure, _ => o.Cost };
    }

    /// <summary>A bound every schedule respects: unavoidable misses; every visit ending as early as it could; nothing.</summary>
    public long LowerBound(int stage) => stage switch
    {
        0 => _constantMisses,
        1 => _instance.Visits.Sum(v => v.RiskWeight * (long)(v.Release + v.Duration)),
        _ => 0,
    };

    /// <summary>Keeps objective <paramref name="stage"/> at most <paramref name="value"/> in the stages that follow.</summary>
    public void Fix(int stage, long value)
    {
        var expression = stage switch { 0 => Misses, 1 => Exposure, _ => Cost };
        Model.Add(expression <= value);
    }

    /// <summary>Gives the solver a complete schedule to start from (every variable hinted).</summary>
    public void Hint(Schedule schedule)
    {
        Model.ClearHints();
        for (var v = 0; v < _start.Length; v++)
        {
            var present = schedule.Present(v);
            Model.AddHint(_present[v], present);
            Model.AddHint(_start[v], present ? schedule.StartOf(v) : _start[v].Domain.Min());
            Model.AddHint(_end[v], schedule.EndOf(_instance, v));
        }

        foreach (var (v, deadline, late) in _late)
        {
            Model.AddHint(late, !schedule.Present(v) || schedule.EndOf(_instance, v) > deadline.LatestEnd);
        }

        foreach (var (v, p, charged) in _charged)
        {
            Model.AddHint(charged, schedule.Present(v) && schedule.StartOf(v) < _instance.Periods[p].ToWeek);
        }

        foreach (var (cutOver, group) in _cutOvers)
        {
            var last = group.Before.Where(schedule.Present).Select(b => schedule.CutOverOf(_instance, b)).DefaultIfEmpty(0).Max();
            Model.AddHint(cutOver, last);
        }

        foreach (var (all, group) in _allBefore)
        {
            Model.AddHint(all, group.Before.All(schedule.Present));
        }

        _timeIndexed?.Hint(Model, schedule);
    }

    /// <summary>
    /// Fixes every visit outside <paramref name="free"/> where <paramref name="schedule"/> has it (by narrowing the
    /// variables' domains), so a solve only moves the free ones; <see cref="Release"/> undoes it.
    /// </summary>
    public void Fix(IReadOnlySet<int> free, Schedule schedule)
    {
        _saved.Clear();
        for (var v = 0; v < _start.Length; v++)
        {
            if (free.Contains(v))
            {
                continue;
            }

            var present = schedule.Present(v);
            Narrow(_present[v], present ? 1 : 0);
            Narrow(_start[v], present ? schedule.StartOf(v) : _start[v].Proto.Domain[0]);
            Narrow(_end[v], schedule.EndOf(_instance, v));
        }
    }

    public void Release()
    {
        foreach (var (variable, domain) in _saved)
        {
            variable.Proto.Domain.Clear();
            variable.Proto.Domain.AddRange(domain);
        }

        _saved.Clear();
    }

    private readonly List<(IntVar Variable, long[] Domain)> _saved = [];

    private void Narrow(IntVar variable, long value)
    {
        _saved.Add((variable, variable.Proto.Domain.ToArray()));
        variable.Proto.Domain.Clear();
        variable.Proto.Domain.Add(value);
        variable.Proto.Domain.Add(value);
    }

    /// <summary>Misses first, then exposure, as one objective: misses weigh more than any exposure can add up to.</summary>
    public LinearExpr? Combined()
    {
        var exposureCeiling = _instance.Visits.Sum(v => v.RiskWeight) * (long)_instance.AbsentEnd + 1;
        var missesCeiling = _instance.Visits.Sum(v => v.Deadlines.Sum(d => d.Weight)) + 1;
        if (exposureCeiling <= 0 || missesCeiling > long.MaxValue / 4 / exposureCeiling)
        {
            return null;
        }

        return LinearExpr.Term(Misses, exposureCeiling) + Exposure;
    }

    public Schedule Read(CpSolver solver)
    {
        var starts = new int[_start.Length];
        for (var v = 0; v < starts.Length; v++)
        {
            starts[v] = solver.BooleanValue(_present[v]) ? (int)solver.Value(_start[v]) : Schedule.Absent;
        }

        return new Schedule(starts);
    }
}
