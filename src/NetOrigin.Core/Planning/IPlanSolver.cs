namespace NetOrigin.Planning;

/// <summary>How long a solver may search and with what: wall time, workers (threads), and a seed for repeatability.</summary>
public sealed record SolverLimits(double Seconds = 30, int Workers = 2, int Seed = 1)
{
    /// <summary>
    /// A limit in the solver's own deterministic time units instead of seconds, for runs that must repeat exactly
    /// (tests); null uses <see cref="Seconds"/>.
    /// </summary>
    public double? DeterministicTime { get; init; }
}

/// <summary>One objective's search: the value found, the proven bound, and the solver's status for it.</summary>
public sealed record StageResult(string Objective, long Value, long Bound, string Status)
{
    /// <summary>(value - bound) / value: 0 when proven optimal.</summary>
    public double Gap => Value == 0 ? 0 : Math.Max(0, (double)(Value - Bound) / Math.Abs(Value));
}

/// <summary>A schedule with how it was found and how good it is known to be.</summary>
public sealed record SolveResult(Schedule Schedule, string Solver, string Status, IReadOnlyList<StageResult> Stages, bool Proven)
{
    /// <summary>Wall time the solver took, measured by the caller's clock.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Notes on the search (decomposition, fallbacks).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>Something that schedules a plan instance: the spreadsheet-like baseline, or CP-SAT.</summary>
public interface IPlanSolver
{
    string Name { get; }

    /// <summary>
    /// A feasible schedule, never worse than <paramref name="hint"/> when one is given (a solver that finds nothing
    /// better returns the hint with its status saying so).
    /// </summary>
    SolveResult Solve(PlanInstance instance, Schedule? hint, SolverLimits limits);
}
