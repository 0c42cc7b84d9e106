namespace NetOrigin.Planning.Tests;

/// <summary>Blackouts keep crews off sites in their windows, and the plan says so.</summary>
public sealed class BlackoutTests
{
    [Fact]
    public void No_crew_works_on_a_blacked_out_site_and_the_visits_kept_out_name_the_blackout()
    {
        var budget = Scratch.File("budget.yaml", """
            blackouts:
              - {from: 2026-06-01, to: 2026-10-05, sites: ["CELL-*"], roles: [ran], yearly: true, reason: mountain access closed}
            """);
        var plan = Cli.Plan(Cli.RegionalCarrierInventory, "--roles", "core,ran", "--start", "2026-01-05", "--crews", "6", "--budget", budget, "--time-limit", "20", "--workers", "1", "--no-fixes");
        var cells = plan.GetProperty("visits").EnumerateArray().Where(v => v.GetProperty("site").GetString()!.StartsWith("CELL-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, v =>
        {
            var start = v.GetProperty("start").GetString()!;
            var cutOver = v.GetProperty("cut_over").GetString()!;
            Assert.True(string.CompareOrdinal(cutOver, "2026-06-01") <= 0 || string.CompareOrdinal(start, "2026-10-05") >= 0, $"{v.GetProperty("id").GetString()} works {start} to {cutOver}");
        });
        Assert.Contains(cells, v => v.GetProperty("binding").EnumerateArray().Any(b => b.GetString() == "blackout") && v.GetProperty("why").GetString()!.Contains("mountain access closed", StringComparison.Ordinal));
    }
}
