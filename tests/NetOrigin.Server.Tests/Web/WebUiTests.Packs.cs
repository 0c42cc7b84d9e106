using Microsoft.Playwright;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests.Web;

/// <summary>The policy pack pages: the list, one pack's terms, and the difference from another version of it.</summary>
public sealed partial class WebUiTests
{
    private static string OldFccPack => Path.Combine(ServerHost.RepositoryRoot, "tests", "NetOrigin.Cli.Tests", "Fixtures", "us-fcc-covered-list-2024-09-03.yaml");

    [Fact]
    public async Task A_pack_shows_its_terms_and_an_earlier_version_shows_the_terms_and_assets_that_changed()
    {
        using var api = browser.Host.Client("a", Role.Analyst);
        var runId = await api.ImportAndAssess("id,manufacturer,role,origin_country\nd1,DJI,other,CN\nr1,Cisco,core,\nh1,Huawei,core,\n", "drones.csv");

        await using var viewer = await browser.SignedInAsync(Role.Viewer);
        var page = viewer.Page;
        await page.GotoAsync("/packs");
        Assert.True(await page.Locator("tbody tr").CountAsync() >= 9, "every shipped pack is listed");
        await viewer.CheckPageAsync("packs");
        await page.GetByRole(AriaRole.Link, new() { Name = "us-fcc-covered-list", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Pack us-fcc-covered-list" }).WaitForAsync();
        var pack = await api.GetJson("/api/v1/packs/us-fcc-covered-list");
        Assert.Equal(pack.GetProperty("designations").GetArrayLength(), await page.Locator("section[aria-labelledby=designations] tbody tr").CountAsync());
        Assert.True(await page.Locator("section[aria-labelledby=designations] a.source").CountAsync() >= 1, "the legal sources are linked");
        await viewer.CheckPageAsync("pack");

        await page.GetByLabel("Other version (pack YAML)").FillAsync(await File.ReadAllTextAsync(OldFccPack));
        await page.GetByLabel("Run whose assets to compare (optional)").SelectOptionAsync(runId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await page.Locator("#diff-count").WaitForAsync();
        Assert.StartsWith("1 of 3 assets change status", await page.Locator("#diff-count").InnerTextAsync(), StringComparison.Ordinal);
        var changed = page.Locator("table[aria-labelledby=changes] tbody tr");
        Assert.Equal("d1", await changed.Locator("th").InnerTextAsync());
        Assert.True(await page.Locator("table[aria-labelledby=terms] tr.term-added").CountAsync() >= 1, "the drone designations are added terms");
        Assert.Equal(0, await page.Locator("table[aria-labelledby=terms] tr.term-removed").CountAsync());
        await viewer.CheckPageAsync("pack-diff");

        await page.GetByLabel("Other version (pack YAML)").FillAsync("id: us-fcc-covered-list\ndesignations: [\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        var problem = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        Assert.Contains("the pasted pack", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("scratch", problem, StringComparison.Ordinal);
    }
}
