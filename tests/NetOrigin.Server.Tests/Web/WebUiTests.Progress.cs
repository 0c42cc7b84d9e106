using Microsoft.Playwright;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests.Web;

/// <summary>A plan's progress and regulator reports: the report links the API serves, the steps, recording one.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task A_plans_progress_page_links_its_reports_and_records_a_step_checked_as_the_api_checks_it()
    {
        using var api = browser.Host.Client("a", Role.Analyst);
        var runId = await api.ImportAndAssess(PlanTests.Inventory, "progress.csv", asOf: "2026-07-01");
        var planId = await PlanTests.PlanAsync(api, new { run_id = runId, start = "2026-07-01", crews = 1, budget = AmpleBudget, work = 1.0, workers = 1, fixes = false });

        await using var analyst = await browser.SignedInAsync(Role.Analyst);
        var page = analyst.Page;
        await page.GotoAsync($"/plans/{planId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "progress and regulator reports" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = $"Plan {planId} progress and reports" }).WaitForAsync();
        var html = await page.GetByRole(AriaRole.Link, new() { Name = "status-update report as HTML" }).GetAttributeAsync("href");
        var report = await page.APIRequest.GetAsync(html!);
        Assert.Equal(200, report.Status);
        Assert.StartsWith("text/html", report.Headers["content-type"], StringComparison.Ordinal);
        var csv = await page.APIRequest.GetAsync((await page.GetByRole(AriaRole.Link, new() { Name = "status-update report as CSV" }).GetAttributeAsync("href"))!);
        Assert.StartsWith("text/csv", csv.Headers["content-type"], StringComparison.Ordinal);

        await page.GetByLabel("Asset id (an item of this plan)").FillAsync("P-3");
        await page.GetByLabel("Step", new() { Exact = true }).SelectOptionAsync("ordered");
        await page.GetByLabel("Cost", new() { Exact = true }).FillAsync("120000");
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("crew 3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record step" }).ClickAsync();
        var step = page.Locator("section[aria-labelledby=steps] tbody tr", new() { HasTextString = "crew 3" });
        Assert.Equal("P-3", await step.Locator("th").InnerTextAsync());
        Assert.Equal("ordered", await step.Locator(".step-state").InnerTextAsync());
        var steps = (await api.GetJson($"/api/v1/plans/{planId}/progress")).GetProperty("steps");
        Assert.Contains(steps.EnumerateArray(), s => s.GetProperty("asset_id").GetString() == "P-3" && s.GetProperty("state").GetString() == "ordered");
        await analyst.CheckPageAsync("plan-progress");

        // Disposal before removal is refused, naming why; an asset outside the plan is not one of its tasks.
        await page.GetByLabel("Asset id (an item of this plan)").FillAsync("P-5");
        await page.GetByLabel("Step", new() { Exact = true }).SelectOptionAsync("disposed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record step" }).ClickAsync();
        Assert.Contains("dispos", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await page.GetByLabel("Asset id (an item of this plan)").FillAsync("no-such-asset");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record step" }).ClickAsync();
        Assert.Contains("task no-such-asset of plan", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);

        await using var viewer = await browser.SignedInAsync(Role.Viewer);
        await viewer.Page.GotoAsync($"/plans/{planId}/progress");
        Assert.Equal(0, await viewer.Page.Locator("main form").CountAsync());
        Assert.True(await viewer.Page.Locator("section[aria-labelledby=steps] tbody tr").CountAsync() >= 1);
    }
}
