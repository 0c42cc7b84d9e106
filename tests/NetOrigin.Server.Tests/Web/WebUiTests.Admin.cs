using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests.Web;

/// <summary>Users and tokens, for admins only: a user added with a role, a token shown once and working, revoked, a role changed.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task An_admin_adds_a_user_makes_a_token_shown_once_revokes_it_and_other_roles_are_refused()
    {
        await using var admin = await browser.SignedInAsync(Role.Admin, "b");
        var page = admin.Page;
        await page.GotoAsync("/admin");
        var name = "ops-" + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("viewer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        var user = page.Locator("section[aria-labelledby=users] tbody tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true }) });
        Assert.Equal("viewer", await user.Locator(".role").InnerTextAsync());
        await admin.CheckPageAsync("admin");

        await page.GetByLabel("User", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{name} (viewer)" });
        await page.GetByLabel("Token name").FillAsync("ci");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make token" }).ClickAsync();
        var secret = await page.GetByLabel("Token ci").InputValueAsync();
        Assert.StartsWith("nor_", secret, StringComparison.Ordinal);
        await admin.CheckPageAsync("admin-token-made");
        using var client = new HttpClient { BaseAddress = browser.Host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        await page.GotoAsync("/admin");
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);
        var token = page.Locator("section[aria-labelledby=tokens] tbody tr", new() { HasTextString = name });
        await token.GetByRole(AriaRole.Button, new() { NameString = "Revoke" }).ClickAsync();
        Assert.Equal("revoked", await page.Locator("section[aria-labelledby=tokens] tbody tr", new() { HasTextString = name }).Locator(".token-state").InnerTextAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);

        await page.GetByLabel($"Role of {name}", new() { Exact = true }).SelectOptionAsync("analyst");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Save the role of {name}" }).ClickAsync();
        Assert.Equal("analyst", await user.Locator(".role").InnerTextAsync());

        await using var analyst = await browser.SignedInAsync(Role.Analyst, "b");
        Assert.Equal(403, (await analyst.Page.GotoAsync("/admin"))!.Status);
        Assert.Equal(0, await analyst.Page.GetByRole(AriaRole.Link, new() { Name = "Users and tokens" }).CountAsync());
    }
}
