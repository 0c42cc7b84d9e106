using Microsoft.Playwright;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests.Web;

/// <summary>The approved list: everyone reads it with its history; approvers add, change and remove entries.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task An_approver_adds_changes_and_removes_an_approved_entry_that_a_viewer_only_reads()
    {
        await using var approver = await browser.SignedInAsync(Role.Approver, "b");
        var page = approver.Page;
        await page.GotoAsync("/approved-list");
        await page.GetByLabel("Manufacturer (organisation id)").FillAsync("cisco");
        await page.GetByLabel("Roles (comma-separated)").FillAsync("core");
        await page.GetByLabel("Expires", new() { Exact = true }).FillAsync("2030-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add entry" }).ClickAsync();
        var row = page.Locator("tbody tr", new() { HasTextString = "cisco" });
        Assert.Equal("2030-01-01", await row.Locator(".expires").InnerTextAsync());
        var entry = (await row.GetAttributeAsync("id"))!;
        await approver.CheckPageAsync("approved-list");

        await page.GetByLabel($"New expiry of {entry}").FillAsync("2031-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Save {entry}" }).ClickAsync();
        Assert.Equal("2031-06-30", await page.Locator($"tr#{entry} .expires").InnerTextAsync());
        Assert.Equal("2", await page.Locator($"tr#{entry} td.num").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = entry }).ClickAsync();
        Assert.Equal(2, await page.Locator("section[aria-labelledby=history] tbody tr").CountAsync());

        await page.GetByLabel("Manufacturer (organisation id)").FillAsync("no-such-maker");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add entry" }).ClickAsync();
        Assert.Contains("'no-such-maker' is not a known organisation id", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);

        await using var viewer = await browser.SignedInAsync(Role.Viewer, "b");
        await viewer.Page.GotoAsync("/approved-list");
        Assert.Equal(1, await viewer.Page.Locator($"tr#{entry}").CountAsync());
        Assert.Equal(0, await viewer.Page.Locator("main form").CountAsync());
        var posted = await viewer.Page.APIRequest.PostAsync("/approved-list?handler=remove", new()
        {
            Form = viewer.Page.APIRequest.CreateFormData().Set("__af", (await viewer.Page.Locator("input[name=__af]").First.GetAttributeAsync("value"))!).Set("entryId", entry["entry-".Length..]),
            MaxRedirects = 0,
        });
        Assert.True(posted.Status is 302 or 403 && (posted.Status == 403 || posted.Headers["location"].Contains("/denied", StringComparison.Ordinal)), $"a viewer's removal answered {posted.Status}");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Remove {entry}" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Entries" }).WaitForAsync();
        Assert.Equal(0, await page.Locator($"tr#{entry}").CountAsync());
    }
}
