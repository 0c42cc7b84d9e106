using Microsoft.Playwright;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests.Web;

/// <summary>The plan and organisation pages without a mouse: every control reached by Tab, their actions done by Enter and Space.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task The_plan_and_organisation_pages_are_worked_by_keyboard_alone()
    {
        using var api = browser.Host.Client("a", Role.Analyst);
        var runId = await api.ImportAndAssess(PlanTests.Inventory, "keyboard.csv", asOf: "2026-07-01");
        var planId = await PlanTests.PlanAsync(api, new { run_id = runId, start = "2026-07-01", crews = 1, budget = AmpleBudget, work = 1.0, workers = 1, fixes = false });

        await using var analyst = await browser.SignedInAsync(Role.Analyst);
        var page = analyst.Page;
        await page.GotoAsync("/plans");
        await AssertEveryControlReachedByTabAsync(page);
        await page.GotoAsync("/plans");
        await TabToAsync(page, $"a[href='/plans/{planId}']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith($"/plans/{planId}", StringComparison.Ordinal));
        await page.Locator("svg.gantt").WaitForAsync();
        await AssertEveryControlReachedByTabAsync(page);

        // Re-plan by keyboard: Space on the focused button submits the form.
        await page.GotoAsync($"/plans/{planId}");
        await TabToAsync(page, "section[aria-labelledby=replan] button");
        Assert.Equal("Re-plan", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Space");
        await page.WaitForURLAsync(url => !url.EndsWith($"/plans/{planId}", StringComparison.Ordinal));
        Assert.Contains($"plan {planId}", await page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/organisations/new-h3c?as_of=2020-01-01");
        await AssertEveryControlReachedByTabAsync(page);
        await page.GotoAsync("/organisations/new-h3c?as_of=2020-01-01");
        await TabToAsync(page, "input[name=as_of]");
        await page.Keyboard.TypeAsync("06012005");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Ownership on 2005-06-01" }).WaitForAsync();

        // A box of the graph is a link: Enter on it opens that organisation's page.
        await TabToAsync(page, "svg.ownership a.node.controller");
        var target = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains(target.Split('?')[0], StringComparison.Ordinal));
    }
}
