namespace NetOrigin.Planning.Tests;

/// <summary>Contradictory input gets a clear message naming it; the solver's time limit still gives a plan.</summary>
public sealed class BadInputTests
{
    private static Cli.Result Plan(string budget, params string[] extra) =>
        Cli.Run(["plan", Cli.RegionalCarrierInventory, "--roles", "core,ran", "--start", "2026-01-05", "--budget", Scratch.File("budget.yaml", budget), .. extra]);

    [Fact]
    public void A_negative_budget_is_named_with_its_file_and_line()
    {
        var result = Plan("periods:\n  - {from: 2026-01-01, to: 2027-01-01, amount: 100}\n  - {from: 2027-01-01, to: 2028-01-01, amount: -5}\n");
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"budget\.yaml:3: amount -5 is negative", result.Error);
    }

    [Fact]
    public void A_removal_term_that_ends_before_the_start_is_named()
    {
        var result = Plan("programme:\n  first_disbursement: 2024-01-01\n  term_months: 12\n");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("removal term ends 2024-12-31, before the plan starts on 2026-01-05", result.Error);
    }

    [Fact]
    public void A_cycle_in_precedence_is_named_site_by_site()
    {
        var result = Plan("precedence:\n  - {before: [CELL-002*], after: [CELL-004*], reason: shared backhaul}\n  - {before: [CELL-004*], after: [CELL-002*], reason: shared power}\n");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("precedence has a cycle", result.Error);
        Assert.Contains("CELL-002", result.Error);
        Assert.Contains("CELL-004", result.Error);
    }

    [Fact]
    public void A_horizon_before_the_start_is_named()
    {
        var result = Cli.Run("plan", Cli.RegionalCarrierInventory, "--start", "2026-01-05", "--horizon", "2025-12-31");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the horizon 2025-12-31 is not after the start 2026-01-05", result.Error);
    }

    [Fact]
    public void At_its_time_limit_the_solver_returns_its_best_plan_with_its_status_and_gap()
    {
        var plan = Cli.Plan(Cli.RegionalCarrierInventory, "--start", "2026-01-05", "--crews", "1", "--time-limit", "1", "--workers", "1", "--no-fixes");
        var solver = plan.GetProperty("solver");
        Assert.Contains(solver.GetProperty("status").GetString(), new[] { "optimal", "feasible" });
        Assert.Equal(3, solver.GetProperty("stages").GetArrayLength());
        Assert.All(solver.GetProperty("stages").EnumerateArray(), s => Assert.InRange(s.GetProperty("gap").GetDouble(), 0, 1));
        Assert.Equal(0, plan.GetProperty("totals").GetProperty("unscheduled").GetInt32());
    }
}
