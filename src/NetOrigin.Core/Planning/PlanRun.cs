namespace NetOrigin.Planning;

/// <summary>What a plan run does beyond the schedule: which what-ifs, whether to size fixes for missed deadlines.</summary>
public sealed record PlanRunOptions
{
    public SolverLimits Limits { get; init; } = new();

    /// <summary>What-if runs: "budget+10%", "budget-10%", "crews+1", "crews-1", "extension+6m".</summary>
    public IReadOnlyList<string> WhatIfs { get; init; } = [];

    /// <summary>Size what would fix each missed deadline (re-plans the baseline many times).</summary>
    public bool Fixes { get; init; } = true;

    public static readonly IReadOnlyList<string> AllWhatIfs = ["budget+10%", "budget-10%", "crews+1", "crews-1", "extension+6m"];
}

/// <summary>
/// Plans an instance: the baseline first, then the solver started from it (so the plan is never worse), then the
/// explanation, the fixes for missed deadlines and the what-if runs.
/// </summary>
public sealed class PlanRun(IPlanSolver solver, TimeProvider clock)
{
    public Plan Run(PlanInstance instance, PlanRunOptions options)
    {
        var (baseline, result) = Solve(instance, options.Limits);
        var notes = new List<string>(result.Notes);
        var (items, periods) = PlanExplainer.Explain(instance, result.Schedule);
        var deadlines = Deadlines(instance, items, options.Fixes, FixBudget(instance, options.Limits));
        var whatIfLimits = options.Limits with { Seconds = Math.Max(1, options.Limits.Seconds / 4), DeterministicTime = options.Limits.DeterministicTime / 4 };
        var whatIfs = options.WhatIfs.Select(w => WhatIf(instance, w, whatIfLimits)).ToList();
        var comparison = new BaselineComparison(
            baseline.Schedule.Objectives(instance),
            result.Schedule.Objectives(instance),
            ItemsMissed(instance, baseline.Schedule),
            ItemsMissed(instance, result.Schedule));
        return new Plan(instance, result, baseline, comparison, items, periods, deadlines, whatIfs, notes);
    }

    private (SolveResult Baseline, SolveResult Result) Solve(PlanInstance instance, SolverLimits limits)
    {
        var started = clock.GetTimestamp();
        var baseline = new BaselinePlanner().Solve(instance, null, limits) with { Elapsed = clock.GetElapsedTime(started) };
        started = clock.GetTimestamp();
        var result = solver.Solve(instance, baseline.Schedule, limits);
        result = result with { Elapsed = result.Elapsed > TimeSpan.Zero ? result.Elapsed : clock.GetElapsedTime(started) };

        // Never worse than the baseline, whatever the solver returned.
        if (result.Schedule.Objectives(instance) > baseline.Schedule.Objectives(instance) || result.Schedule.Check(instance).Count > 0)
        {
            result = baseline with { Notes = [.. result.Notes, $"{solver.Name} found nothing better than the baseline; the baseline schedule is the plan"] };
        }

        return (baseline, result);
    }

    /// <summary>
    /// The fix search may take as long as the solve was allowed. Under a deterministic work limit it is bounded by
    /// a number of re-plans instead (each is a baseline pass over the visits), so the answer does not depend on
    /// how busy the machine is.
    /// </summary>
    private Func<bool> FixBudget(PlanInstance instance, SolverLimits limits)
    {
        if (limits.DeterministicTime is { } work)
        {
            var allowed = (long)Math.Max(20, work * ReplansPerWorkUnit / Math.Max(1, instance.Visits.Count));
            var used = 0L;
            return () => used++ < allowed;
        }

        var started = clock.GetTimestamp();
        return () => clock.GetElapsedTime(started).TotalSeconds < limits.Seconds;
    }

    /// <summary>Visit placements one unit of deterministic work allows the fix search (about a second's worth).</summary>
    private const double ReplansPerWorkUnit = 200_000;

    public static int ItemsMissed(PlanInstance instance, Schedule schedule)
    {
        var missed = 0;
        for (var v = 0; v < instance.Visits.Count; v++)
        {
            foreach (var d in instance.Visits[v].Deadlines)
            {
                if (!schedule.Present(v) || schedule.EndOf(instance, v) > d.LatestEnd)
                {
                    missed += d.Items;
                }
            }
        }

        return missed;
    }

    private static List<DeadlineSummary> Deadlines(PlanInstance instance, IReadOnlyList<ItemPlan> items, bool fixes, Func<bool> inTime)
    {
        var summaries = new List<DeadlineSummary>();
        foreach (var group in items.Where(i => i.Deadline is not null).GroupBy(i => (i.Deadline!.Date, i.Item.Deadline!.Source)).OrderBy(g => g.Key.Date))
        {
            var missed = group.Where(i => !i.Deadline!.Met).ToList();
            var summary = new DeadlineSummary(
                group.Key.Date,
                group.Key.Source,
                group.Count(),
                group.Count() - missed.Count,
                missed.Count,
                missed.Count(i => !i.Scheduled),
                missed.Select(i => i.Deadline!.DaysLate ?? 0).DefaultIfEmpty(0).Max(),
                group.Key.Date < instance.Start,
                []);
            summaries.Add(summary);
        }

        if (fixes)
        {
            // Fixes are per date: meeting a date means meeting every deadline up to it.
            var byDate = summaries.Where(s => s.Missed > 0).Select(s => s.Date).Distinct().ToDictionary(d => d, d => DeadlineFixes.For(instance, d, inTime));
            summaries = summaries.Select(s => s.Missed > 0 ? s with { Fixes = byDate[s.Date] } : s).ToList();
        }

        return summaries;
    }

    private WhatIfResult WhatIf(PlanInstance instance, string name, SolverLimits limits)
    {
        var (variant, description) = name switch
        {
            "budget+10%" => (instance.ScaleBudget(1.1), "every budget period 10% larger"),
            "budget-10%" => (instance.ScaleBudget(0.9), "every budget period 10% smaller"),
            "crews+1" => (instance.AddCrews(1), "one more crew throughout"),
            "crews-1" => (instance.AddCrews(-1), "one crew fewer throughout"),
            "extension+6m" => (instance.ExtendDeadlines(6), "a six-month extension of the removal term (of every deadline when no programme term applies)"),
            _ => throw new PlanInputException($"what-if '{name}' is not one of {string.Join(", ", PlanRunOptions.AllWhatIfs)}"),
        };
        var (_, result) = Solve(variant, limits);
        var schedule = result.Schedule;
        var finish = Enumerable.Range(0, variant.Visits.Count).Where(schedule.Present).Select(v => schedule.EndOf(variant, v)).DefaultIfEmpty(0).Max();
        return new WhatIfResult(
            name,
            description,
            schedule.Objectives(variant),
            ItemsMissed(variant, schedule),
            Enumerable.Range(0, variant.Visits.Count).Where(v => !schedule.Present(v)).Sum(v => variant.Visits[v].Items.Count),
            schedule.Objectives(variant).Cost,
            finish == 0 ? null : variant.EndDate(finish),
            result.Status);
    }
}
