using System.Net;
using Microsoft.Playwright;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests.Web;

/// <summary>Defects found in use: API routes read with the sign-in cookie, HEAD on assets, deadlines already passed on the dashboard.</summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task Api_routes_read_with_the_cookie_answer_problem_details_and_never_redirect_to_a_page()
    {
        await using var viewer = await browser.SignedInAsync(Role.Viewer);
        var forbidden = await viewer.Page.APIRequest.GetAsync("/api/v1/audit", new() { MaxRedirects = 0 });
        Assert.Equal(403, forbidden.Status);
        Assert.StartsWith("application/problem+json", forbidden.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("Not allowed", await forbidden.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(403, (await viewer.Page.APIRequest.GetAsync("/api/v1/users", new() { MaxRedirects = 0 })).Status);

        // A page still sends the browser to the denied page.
        var page = await viewer.Page.APIRequest.GetAsync("/audit", new() { MaxRedirects = 0 });
        Assert.True(page.Status is 302 or 403, $"the audit page answered a viewer {page.Status}");

        using var anonymous = new HttpClient { BaseAddress = browser.Host.BaseAddress };
        using var head = new HttpRequestMessage(HttpMethod.Head, "/assets/site.css");
        var answer = await anonymous.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/css", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_dashboards_coming_deadlines_leave_out_those_already_passed()
    {
        using var api = browser.Host.Client("b", Role.Analyst);
        var runId = await api.ImportAndAssess(Api.Sample, "deadlines.csv", "uk-huawei-designated-vendor");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var passed = await api.GetJson($"/api/v1/runs/{runId}/findings?deadline_before={today}&limit=1");
        Assert.True(passed.GetProperty("findings").GetArrayLength() == 1, "the run has findings whose deadline has passed");

        await using var viewer = await browser.SignedInAsync(Role.Viewer, "b");
        await viewer.Page.GotoAsync("/");
        await viewer.Page.GetByRole(AriaRole.Heading, new() { NameString = "Deadlines before" }).WaitForAsync();
        var shown = await viewer.Page.Locator("section[aria-labelledby=deadlines] tbody tr td:first-child").AllInnerTextsAsync();
        Assert.All(shown, deadline => Assert.True(string.CompareOrdinal(deadline, today) >= 0, $"deadline {deadline} has passed"));
    }
}
