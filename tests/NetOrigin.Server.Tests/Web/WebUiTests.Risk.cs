using Microsoft.Playwright;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests.Web;

/// <summary>The risk and exposure page: the engine's scores of a stored run, and a cut-off named in the form.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task The_risk_page_shows_a_runs_suppliers_and_riskiest_assets_and_what_a_cut_off_darkens()
    {
        using var api = browser.Host.Client("a", Role.Analyst);
        var runId = await api.ImportAndAssess(Api.Sample, "risk-carrier.csv");
        var served = await api.GetJson($"/api/v1/runs/{runId}/risk");

        await using var viewer = await browser.SignedInAsync(Role.Viewer);
        var page = viewer.Page;
        Assert.Equal(200, (await page.GotoAsync($"/risk?run={runId}"))!.Status);
        Assert.Equal("Risk and exposure", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(Math.Min(served.GetProperty("suppliers").GetArrayLength(), 25), await page.Locator("section[aria-labelledby=suppliers] tbody tr").CountAsync());
        Assert.Equal(served.GetProperty("suppliers")[0].GetProperty("label").GetString(), await page.Locator("section[aria-labelledby=suppliers] tbody tr th").First.InnerTextAsync());
        Assert.Equal(25, await page.Locator("section[aria-labelledby=assets] tbody tr").CountAsync());
        Assert.Contains("over", await page.Locator("#network-score").InnerTextAsync(), StringComparison.Ordinal);
        await viewer.CheckPageAsync("risk");

        await page.GetByLabel("Cut-off (provider, controller or country:CC; comma-separated)").FillAsync("Starlink");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.Locator("#exposure-summary").WaitForAsync();
        var exposure = await api.GetJson($"/api/v1/runs/{runId}/exposure?cut=Starlink");
        Assert.StartsWith($"{exposure.GetProperty("cut_assets").GetInt64()} assets cut", await page.Locator("#exposure-summary").InnerTextAsync(), StringComparison.Ordinal);
        var sites = exposure.GetProperty("sites").GetArrayLength();
        Assert.True(sites >= 1, "Starlink serves some site of the sample");
        Assert.Equal(Math.Min(sites, 25), await page.Locator("section[aria-labelledby=exposure] tbody tr").CountAsync());
        Assert.Contains($"{sites} sites affected", await page.Locator("#exposure-summary").InnerTextAsync(), StringComparison.Ordinal);
        await viewer.CheckPageAsync("exposure");

        await page.GotoAsync($"/risk?run={runId}&cut=Starlnk");
        Assert.Contains("nearest names: Starlink", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
    }
}
