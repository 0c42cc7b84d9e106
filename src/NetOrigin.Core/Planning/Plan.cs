namespace NetOrigin.Planning;

/// <summary>How one deadline of an item turns out: met, or missed by how many days (null when not done within the horizon).</summary>
public sealed record DeadlineOutcome(DateOnly Date, string Source, bool Met, int? DaysLate, bool AlreadyPassed);

/// <summary>
/// One item in the plan: its visit and wave, when the crew starts, when the new gear goes live (cut-over) and the
/// old is removed, and why it is where it is — the constraints that kept it from starting earlier.
/// </summary>
public sealed record ItemPlan(
    PlanItem Item,
    int Visit,
    string VisitId,
    string? Wave,
    DateOnly? Start,
    DateOnly? CutOver,
    DateOnly? Removed,
    IReadOnlyList<string> Binding,
    string Why,
    DeadlineOutcome? Deadline)
{
    public bool Scheduled => Start is not null;
}

/// <summary>A budget period's money and crews: what it had, what the plan uses.</summary>
public sealed record PeriodPlan(
    string Label,
    DateOnly From,
    DateOnly To,
    long Budget,
    long Available,
    long Spend,
    int CrewWeeksUsed,
    int CrewWeeksAvailable,
    int VisitsStarted,
    int ItemsRemoved);

/// <summary>Every item due on one date: how many meet it, how many miss it and by how much, and what would fix it.</summary>
public sealed record DeadlineSummary(
    DateOnly Date,
    string Source,
    int Items,
    int Met,
    int Missed,
    int Unscheduled,
    int MaxDaysLate,
    bool AlreadyPassed,
    IReadOnlyList<string> Fixes);

/// <summary>The plan re-solved with one thing changed.</summary>
public sealed record WhatIfResult(string Name, string Description, PlanObjectives Objectives, int ItemsMissed, int ItemsUnscheduled, long Cost, DateOnly? Finish, string Status);

/// <summary>The comparison every plan carries: the same instance scheduled the spreadsheet way.</summary>
public sealed record BaselineComparison(PlanObjectives Baseline, PlanObjectives Plan, int BaselineItemsMissed, int PlanItemsMissed)
{
    public long MissesAvoided => Baseline.Misses - Plan.Misses;

    /// <summary>Risk exposure saved, as a share of the baseline's.</summary>
    public double ExposureReduction => Baseline.Exposure == 0 ? 0 : (double)(Baseline.Exposure - Plan.Exposure) / Baseline.Exposure;
}

/// <summary>A replacement plan with its schedule, its explanation, the baseline comparison and the what-if runs.</summary>
public sealed record Plan(
    PlanInstance Instance,
    SolveResult Result,
    SolveResult Baseline,
    BaselineComparison Comparison,
    IReadOnlyList<ItemPlan> Items,
    IReadOnlyList<PeriodPlan> Periods,
    IReadOnlyList<DeadlineSummary> Deadlines,
    IReadOnlyList<WhatIfResult> WhatIfs,
    IReadOnlyList<string> Notes)
{
    public int[] CrewUse => Result.Schedule.CrewUse(Instance);
}
