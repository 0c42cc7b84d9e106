using Microsoft.Playwright;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests.Web;

/// <summary>The organisation page: reached from a finding's evidence, its ownership graph drawn as of a chosen date.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task An_organisation_linked_from_the_evidence_shows_its_ownership_graph_as_of_a_chosen_date()
    {
        using var api = browser.Host.Client("a", Role.Analyst);
        var runId = await api.ImportAndAssess("id,name,site,manufacturer,model,acquired\nh1,sw-1,S1,H3C,S6850,2020-01-01\n", "h3c.csv", asOf: "2020-01-01");
        var findingId = (await api.GetJson($"/api/v1/runs/{runId}/findings?limit=1")).GetProperty("findings")[0].GetProperty("id").GetInt64();

        await using var viewer = await browser.SignedInAsync(Role.Viewer);
        var page = viewer.Page;
        await page.GotoAsync($"/findings/{runId}/{findingId}");
        await page.Locator("dl.facts a[href^='/organisations/new-h3c']").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Ownership on 2020-01-01" }).WaitForAsync();
        var controllers = page.Locator("svg.ownership a.node.controller > title");
        Assert.Contains("Tsinghua University", await controllers.First.TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("svg.ownership g.holding.controlling").CountAsync() >= 3, "the chain of control is drawn");
        Assert.True(await page.Locator("svg.ownership g.holding:not(.controlling)").CountAsync() >= 1, "a holding without control is drawn apart");
        await viewer.CheckPageAsync("organisation");

        // In 2005 Huawei held the joint venture's majority: the graph is another one.
        await page.GetByLabel("As of").FillAsync("2005-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Ownership on 2005-06-01" }).WaitForAsync();
        Assert.Contains("Huawei", await controllers.First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("svg.ownership a.node", new() { HasTextString = "Tsinghua" }).CountAsync());
        await viewer.CheckPageAsync("organisation-2005");
    }
}
