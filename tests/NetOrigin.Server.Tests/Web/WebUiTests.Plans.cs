using Microsoft.Playwright;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests.Web;

/// <summary>The plan pages: the list, one plan's Gantt chart and spend per period, and re-planning with a changed budget.</summary>
public sealed partial class WebUiTests
{
    /// <summary>The same programme with a tenth of the first year's money: work that no longer fits moves past the removal deadline.</summary>
    private const string TightBudget = """
        currency: USD
        periods:
          - {from: 2026-07-01, to: 2027-07-01, amount: 90000, label: "FY2026"}
          - {from: 2027-07-01, to: 2028-07-01, amount: 900000, label: "FY2027"}
        programme:
          name: Secure and Trusted Communications Networks Reimbursement Program
          packs: [us-fcc-covered-list]
          first_disbursement: 2026-07-01
          term_months: 12
        """;

    [Fact]
    public async Task Changing_a_plans_budget_re_plans_it_and_the_gantt_chart_changes()
    {
        using var api = browser.Host.Client("a", Role.Analyst);
        var runId = await api.ImportAndAssess(PlanTests.Inventory, "carrier.csv", asOf: "2026-07-01");
        var planId = await PlanTests.PlanAsync(api, new { run_id = runId, start = "2026-07-01", crews = 1, budget = PlanTests.Budget, work = 1.0, workers = 1, fixes = false });

        await using var analyst = await browser.SignedInAsync(Role.Analyst);
        var page = analyst.Page;
        await page.GotoAsync("/plans");
        await analyst.CheckPageAsync("plans");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Plan {planId}", Exact = true }).ClickAsync();
        var bars = page.Locator("svg.gantt g.visit > title");
        Assert.Equal(4, await bars.CountAsync());
        var before = await bars.AllInnerTextsAsync();
        Assert.Equal(0, await page.Locator("svg.gantt g.deadline.missed").CountAsync());
        Assert.Contains("900,000", await page.Locator("section[aria-labelledby=spend] tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        await analyst.CheckPageAsync("plan");

        await page.GetByLabel("Budget file").FillAsync(TightBudget);
        await page.GetByRole(AriaRole.Button, new() { Name = "Re-plan" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith($"/plans/{planId}", StringComparison.Ordinal));

        // The new plan's page follows its job and reloads with the chart once it is made (bounded by the wait's timeout).
        await page.Locator("svg.gantt").WaitForAsync(new() { Timeout = 120_000 });
        Assert.Contains($"plan {planId}", await page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("90,000", await page.Locator("section[aria-labelledby=spend] tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        var after = await bars.AllInnerTextsAsync();
        Assert.NotEqual(before, after);
        var missed = page.Locator("svg.gantt g.deadline.missed text");
        Assert.Equal(1, await missed.CountAsync());
        Assert.Contains("missed", await missed.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("svg.gantt g.visit.late .late-mark").CountAsync() >= 1, "a late visit is marked in text, not by colour alone");
        await analyst.CheckPageAsync("plan-replanned");
    }
}
