using Microsoft.Playwright;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests.Web;

/// <summary>The plan pages: the list, one plan's Gantt chart and spend per period, and re-planning with a changed budget.</summary>
public sealed partial class WebUiTests
{
    /// <summary>Money enough in the first year for the whole carrier (2.52 million): every visit is done before the programme's deadline.</summary>
    private static readonly string AmpleBudget = PlanTests.Budget.Replace("amount: 900000, label: \"FY2026\"", "amount: 3000000, label: \"FY2026\"", StringComparison.Ordinal);

    /// <summary>A million in the first year, less than the core site costs: its work, and the cells' after it, move past the deadline.</summary>
    private static readonly string TightBudget = PlanTests.Budget
        .Replace("amount: 900000, label: \"FY2026\"", "amount: 1000000, label: \"FY2026\"", StringComparison.Ordinal)
        .Replace("amount: 900000, label: \"FY2027\"", "amount: 1500000, label: \"FY2027\"", StringComparison.Ordinal);

    [Fact]
    public async Task Changing_a_plans_budget_re_plans_it_and_the_gantt_chart_changes()
    {
        using var api = browser.Host.Client("a", Role.Analyst);
        var runId = await api.ImportAndAssess(PlanTests.Inventory, "carrier.csv", asOf: "2026-07-01");
        Assert.NotEqual(PlanTests.Budget, AmpleBudget);
        Assert.NotEqual(PlanTests.Budget, TightBudget);
        var planId = await PlanTests.PlanAsync(api, new { run_id = runId, start = "2026-07-01", crews = 1, budget = AmpleBudget, work = 1.0, workers = 1, fixes = false });

        await using var analyst = await browser.SignedInAsync(Role.Analyst);
        var page = analyst.Page;
        await page.GotoAsync("/plans");
        await analyst.CheckPageAsync("plans");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Plan {planId}", Exact = true }).ClickAsync();
        var bars = page.Locator("svg.gantt g.visit > title");
        Assert.Equal(3, await bars.CountAsync());
        var before = await bars.AllTextContentsAsync();
        Assert.Equal(0, await page.Locator("svg.gantt g.deadline.missed").CountAsync());
        Assert.Contains("3,000,000", await page.Locator("section[aria-labelledby=spend] tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        await analyst.CheckPageAsync("plan");

        await page.GetByLabel("Budget file").FillAsync(TightBudget);
        await page.GetByRole(AriaRole.Button, new() { Name = "Re-plan" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith($"/plans/{planId}", StringComparison.Ordinal));

        // The new plan's page follows its job and reloads with the chart once it is made (bounded by the wait's timeout).
        await page.Locator("svg.gantt").WaitForAsync(new() { Timeout = 120_000 });
        Assert.Contains($"plan {planId}", await page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("1,000,000", await page.Locator("section[aria-labelledby=spend] tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        var after = await bars.AllTextContentsAsync();
        Assert.NotEqual(before, after);
        var missed = page.Locator("svg.gantt g.deadline.missed text");
        Assert.Equal(1, await missed.CountAsync());
        Assert.Contains("missed", await missed.TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("svg.gantt g.visit.late .late-mark").CountAsync() >= 1, "a late visit is marked in text, not by colour alone");
        await analyst.CheckPageAsync("plan-replanned");
    }
}
