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

            var remaining = Math.Max(0.05, limits.Seconds - clock.Elapsed.TotalSeconds);
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
