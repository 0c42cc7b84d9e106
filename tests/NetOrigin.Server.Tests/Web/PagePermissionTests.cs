using Microsoft.AspNetCore.Mvc.RazorPages;
using NetOrigin.Server.Web;

namespace NetOrigin.Server.Tests.Web;

/// <summary>Every page but signing in and out names the API permission it needs, so no page is reachable by a role its API calls refuse.</summary>
public sealed class PagePermissionTests
{
    private static readonly string[] Open = ["SignInModel", "SignOutModel"];

    [Fact]
    public void Every_tenant_page_requires_a_permission_of_the_api()
    {
        var pages = typeof(TenantPage).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.True(pages.Count >= 8, $"only {pages.Count} page models found");
        foreach (var page in pages.Where(p => !Open.Contains(p.Name)))
        {
            Assert.True(typeof(TenantPage).IsAssignableFrom(page), $"{page.FullName} is not a TenantPage");
            Assert.True(page.GetCustomAttributes(typeof(RequiresAttribute), true).Length == 1, $"{page.FullName} names no permission");
        }
    }
}
