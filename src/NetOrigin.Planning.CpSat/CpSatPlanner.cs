using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace NetOrigin.Planning.CpSat;

/// <summary>
/// Schedules site visits with Google OR-Tools CP-SAT. Each visit is an optional interval (absent = not done within
/// the horizon) whose start is restricted to weeks after its lead time, outside blackouts and inside budget
/// periods; crews are a cumulative resource; money is charged in the period work starts; precedence groups make
/// successors wait for every predecessor's cut-over. The objectives are solved in order — weighted deadline
/// misses, then risk exposure (weight × weeks until removal), then cost — each stage keeping the previous optimum
/// (or best found) as a constraint and starting from the previous solution. The hint (the baseline) is a complete
/// feasible solution, so the result is never worse than it.
/// </summary>
public sealed class CpSatPlanner : IPlanSolver
{
    public string Name => "cp-sat";

    public SolveResult Solve(PlanInstance instance, Schedule? hint, SolverLimits limits)
    {
        var clock = Stopwatch.StartNew();
        hint ??= BaselinePlanner.Place(instance);
        var model = new PlanModel(instance);
        if (instance.Visits.Count > LargeInstance && model.Combined() is { } combined)
        {
            return ByWindows(instance, model, combined, model.Canonical(hint), limits, clock);
        }

        var stages = new List<StageResult>();
        var current = model.Canonical(hint);
        var proven = true;
        var notes = new List<string>();
        var objectives = new[] { ("deadline_misses", model.Misses), ("risk_exposure", model.Exposure), ("cost", model.Cost) };
        for (var stage = 0; stage < objectives.Length; stage++)
        {
            var (name, objective) = objectives[stage];
            var currentValue = model.Evaluate(stage, current);
            var lower = model.LowerBound(stage);
            if (currentValue <= lower)
            {
                // Nothing to search: the hint already reaches the bound that holds for every schedule.
                stages.Add(new StageResult(name, currentValue, lower, "optimal"));
                model.Fix(stage, currentValue);
                continue;
            }

            // CP-SAT overshoots its limit a little on large models (presolve, loading): keep a margin for that.
            var remaining = Math.Max(0.05, limits.Seconds * 0.92 - clock.Elapsed.TotalSeconds);
            var share = stage == objectives.Length - 1 ? 1.0 : stage == 0 ? 0.45 : 0.7;
            model.Hint(current);
            model.Model.Minimize(objective);
            using var solver = new CpSolver
            {
                StringParameters = Parameters(limits, remaining * share, objectives.Length - stage),
            };
            var status = solver.Solve(model.Model);
            if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                var found = model.Read(solver);
                var value = model.Evaluate(stage, found);
                if (value <= currentValue && found.Check(instance).Count == 0)
                {
                    current = found;
                    currentValue = value;
                }
                else
                {
                    notes.Add($"{name}: the solver's schedule was not better than the starting one and was not taken");
                }

                var bound = Math.Max(lower, (long)Math.Ceiling(solver.BestObjectiveBound - 1e-6));
                var optimal = status == CpSolverStatus.Optimal && currentValue <= bound;
                stages.Add(new StageResult(name, currentValue, Math.Min(bound, currentValue), optimal ? "optimal" : "feasible"));
                proven &= optimal;
            }
            else
            {
                notes.Add($"{name}: CP-SAT stopped with status {status.ToString().ToLowerInvariant()} before finding a schedule; the starting schedule stands");
                stages.Add(new StageResult(name, currentValue, lower, status == CpSolverStatus.Unknown ? "time_limit" : status.ToString().ToLowerInvariant()));
                proven = false;
            }

            model.Fix(stage, currentValue);
        }

        return new SolveResult(current, Name, proven ? "optimal" : "feasible", stages, proven)
        {
            Elapsed = clock.Elapsed,
            Notes = notes,
        };
    }

    /// <summary>Above this many visits the whole model is too large to improve within a minute on two cores.</summary>
    private const int LargeInstance = 800;

    /// <summary>Visits freed in one window of the decomposition.</summary>
    private const int WindowVisits = 250;

    /// <summary>
    /// Large instances: windows of visits in the order the current schedule starts them are re-optimised in turn
    /// with every other visit fixed where it is (misses and exposure as one weighted objective), each window
    /// starting from the current schedule, until the time is up. The reported bounds are the instance's simple
    /// lower bounds (unavoidable misses, every visit at its earliest), which no window search can tighten.
    /// </summary>
    private static SolveResult ByWindows(PlanInstance instance, PlanModel model, Google.OrTools.Sat.LinearExpr combined, Schedule current, SolverLimits limits, Stopwatch clock)
    {
        model.Model.Minimize(combined);
        var order = Enumerable.Range(0, instance.Visits.Count)
            .OrderBy(v => current.Present(v) ? current.StartOf(v) : int.MaxValue)
            .ThenBy(v => v)
            .ToList();
        var windows = (order.Count + WindowVisits - 1) / WindowVisits;
        var solved = 0;
        var improved = 0;
        var budget = limits.Seconds * 0.92;
        for (var pass = 0; pass < 4 && clock.Elapsed.TotalSeconds < budget - 0.5; pass++)
        {
            // The first pass frees neighbours in time; later passes free seeded random mixes, so work that meets a
            // deadline and work that misses one can trade places (money and crews move between them).
            if (pass > 0)
            {
                var random = new Random(limits.Seed + pass);
                order = order.OrderBy(_ => random.Next()).ToList();
            }

            for (var w = 0; w * WindowVisits < order.Count && clock.Elapsed.TotalSeconds < budget - 0.5; w++)
            {
                var free = order.Skip(w * WindowVisits).Take(WindowVisits).ToHashSet();
                var left = windows * (4 - pass) - w;
                var seconds = Math.Max(0.5, (budget - clock.Elapsed.TotalSeconds) / Math.Max(1, left));
                model.Fix(free, current);
                model.Hint(current);
                using var solver = new CpSolver { StringParameters = Parameters(limits with { DeterministicTime = null }, seconds, 1) };
                var status = solver.Solve(model.Model);
                model.Release();
                solved++;
                if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
                {
                    continue;
                }

                var found = model.Read(solver);
                if (found.Objectives(instance) < current.Objectives(instance) && found.Check(instance).Count == 0)
                {
                    current = found;
                    improved++;
                }
            }
        }

        var o = current.Objectives(instance);
        var stages = new List<StageResult>
        {
            Stage("deadline_misses", o.Misses, model.LowerBound(0)),
            Stage("risk_exposure", o.Exposure, model.LowerBound(1)),
            Stage("cost", o.Cost, model.LowerBound(2)),
        };
        return new SolveResult(current, "cp-sat", stages.All(s => s.Status == "optimal") ? "optimal" : "feasible", stages, stages.All(s => s.Status == "optimal"))
        {
            Elapsed = clock.Elapsed,
            Notes = [$"{instance.Visits.Count} visits: solved in windows of {WindowVisits} visits with the others fixed ({solved} window solves, {improved} improved the plan); bounds are the instance's simple lower bounds"],
        };
    }

    private static StageResult Stage(string name, long value, long bound) => new(name, value, Math.Min(bound, value), value <= bound ? "optimal" : "feasible");

    private static string Parameters(SolverLimits limits, double seconds, int stagesLeft)
    {
        var parts = new List<string>
        {
            $"num_workers:{Math.Max(1, limits.Workers)}",
            $"random_seed:{limits.Seed}",
            "log_search_progress:false",
        };
        if (limits.DeterministicTime is { } deterministic)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"max_deterministic_time:{deterministic / stagesLeft:0.###}"));
        }
        else
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{Math.Max(0.05, seconds):0.###}"));
        }

        return string.Join(' ', parts);
    }
}
