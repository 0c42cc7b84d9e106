namespace NetOrigin.Planning.Tests;

/// <summary>The optimiser against the spreadsheet baseline on the same instance.</summary>
public sealed class SolverTests
{
    [Fact]
    public void A_small_instance_is_solved_to_proven_optimality_and_beats_earliest_deadline_first()
    {
        // 100 items at 16 sites costing about $5.9M; money for 40% of that a year, two crews, a two-year term.
        var budget = Scratch.File("budget.yaml", """
            periods:
              - {from: 2026-01-01, to: 2027-01-01, amount: 2350000}
              - {from: 2027-01-01, to: 2028-01-01, amount: 2350000}
              - {from: 2028-01-01, to: 2029-01-01, amount: 2350000}
              - {from: 2029-01-01, to: 2030-01-01, amount: 2350000}
            programme: {first_disbursement: 2026-01-05, term_months: 24}
            """);
        var inventory = Path.Combine(Scratch.Directory(), "small.csv");
        Assert.Equal(0, Cli.Run("sample", "--assets", "300", "--out", inventory).ExitCode);
        var plan = Cli.Plan(inventory, "--start", "2026-01-05", "--budget", budget, "--crews", "2", "--horizon", "2029-12-31", "--work", "30", "--workers", "1", "--no-fixes");

        Assert.InRange(plan.GetProperty("totals").GetProperty("items").GetInt32(), 50, 200);
        Assert.Equal("optimal", plan.GetProperty("solver").GetProperty("status").GetString());
        Assert.True(plan.GetProperty("solver").GetProperty("proven_optimal").GetBoolean());
        var baseline = plan.GetProperty("baseline").GetProperty("deadline_misses").GetInt64();
        var optimised = plan.GetProperty("objectives").GetProperty("deadline_misses").GetInt64();
        Assert.True(optimised < baseline, $"plan {optimised} vs baseline {baseline}");
        Assert.True(plan.GetProperty("improvement").GetProperty("deadline_misses_avoided").GetInt64() > 0);
    }
}
