using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests.Web;

/// <summary>
/// The web pages in real headless Chromium against a server on a loopback socket: every page renders and passes
/// axe-core, the main flows work end to end, markup in inventory data never runs, controls are reachable by
/// keyboard, and each role sees and may do what the API lets it.
/// </summary>
public sealed partial class WebUiTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Inventory = "id,name,site,manufacturer,model,acquired\nw1,olt-1,S1,Huawei,MA5800-X7,2020-01-01\nw2,olt-2,S1,Huawei,MA5800-X7,2020-01-01\n,no-id,S2,Cisco,ASR-9010,2020-01-01\nw4,rtr-4,S2,Cisco,ASR-9010,2020-01-01\n";

    [Fact]
    public async Task Every_page_renders_for_a_signed_in_admin_and_passes_axe_with_nothing_inline()
    {
        using var api = browser.Host.Client("a", Role.Admin);
        var runId = await api.ImportAndAssess(Api.Sample, "regional-carrier.csv", "us-fcc-covered-list,us-ndaa-889");
        var run = await api.GetJson($"/api/v1/runs/{runId}");
        var importId = run.GetProperty("import_id").GetInt64();
        var first = (await api.GetJson($"/api/v1/runs/{runId}/findings?status=violation&limit=1")).GetProperty("findings")[0].GetProperty("id").GetInt64();
        using var analyst = browser.Host.Client("a", Role.Analyst);
        await (await analyst.PostAsJsonAsync("/api/v1/waivers", new { pack = "us-fcc-covered-list", scope = new { sites = new[] { "CO-001" } }, justification = "crews booked", expires = DateTime.UtcNow.AddDays(400).ToString("yyyy-MM-dd") })).Json(HttpStatusCode.Created);

        await using var anonymous = await browser.NewUserAsync();
        await anonymous.Page.GotoAsync("/signin");
        await anonymous.CheckPageAsync("signin");
        await anonymous.Page.GotoAsync("/findings");
        Assert.Contains("/signin", anonymous.Page.Url, StringComparison.Ordinal);

        await using var admin = await browser.SignedInAsync(Role.Admin);
        var pages = new (string Name, string Url, string Heading)[]
        {
            ("dashboard", "/", "Dashboard"),
            ("imports", "/imports", "Imports"),
            ("import", $"/imports/{importId}", $"Import {importId}"),
            ("findings", $"/findings?run={runId}", "Findings"),
            ("findings-filtered", $"/findings?run={runId}&status=violation&pack=us-fcc-covered-list", "Findings"),
            ("evidence", $"/findings/{runId}/{first}", "Asset"),
            ("waivers", "/waivers", "Waivers"),
            ("audit", "/audit?verify=true", "Audit log"),
        };
        foreach (var (name, url, heading) in pages)
        {
            var response = await admin.Page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            Assert.StartsWith(heading, await admin.Page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", (await response.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
            await admin.CheckPageAsync(name);
        }

        Assert.Contains("The chain is intact", await admin.Page.Locator("#verification").InnerTextAsync(), StringComparison.Ordinal);
        await admin.Page.GotoAsync("/");
        Assert.Equal(1, await admin.Page.Locator("svg.chart polyline").First.CountAsync());
        Assert.True(await admin.Page.Locator("svg.chart title").CountAsync() == 1);
        Assert.Empty(admin.ConsoleErrors);

        var cookie = Assert.Single(await admin.Context.CookiesAsync(), c => c.Name == "__Host-netorigin");
        Assert.True(cookie.HttpOnly);
        Assert.True(cookie.Secure);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
    }

    [Fact]
    public async Task Each_role_sees_and_may_do_only_what_the_api_lets_it()
    {
        using var api = browser.Host.Client("a", Role.Analyst);
        var accepted = await api.Upload(Inventory, "tenant-a.csv");
        await api.WaitForJob(accepted.GetProperty("job_id").GetInt64());
        var importOfA = accepted.GetProperty("import").GetProperty("id").GetInt64();

        await using var viewer = await browser.SignedInAsync(Role.Viewer);
        Assert.Equal(200, (await viewer.Page.GotoAsync($"/imports/{importOfA}"))!.Status);
        Assert.Equal(403, (await viewer.Page.GotoAsync("/audit"))!.Status);
        await viewer.Page.GotoAsync("/imports");
        Assert.Equal(0, await viewer.Page.Locator("input[type=file]").CountAsync());
        Assert.Equal(0, await viewer.Page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).CountAsync());

        // A form post of the viewer's own session, with its antiforgery token, is still refused by the permission.
        var posted = await viewer.Page.APIRequest.PostAsync("/waivers?handler=request", new() { Form = await FormWithTokenAsync(viewer.Page, "/waivers"), MaxRedirects = 0 });
        Assert.True(posted.Status is 302 or 403, $"viewer's waiver request answered {posted.Status}");
        if (posted.Status == 302)
        {
            Assert.Contains("/denied", posted.Headers["location"], StringComparison.Ordinal);
        }

        // Without the antiforgery token a post is refused outright; the API's changes never take the cookie.
        await using var analyst = await browser.SignedInAsync(Role.Analyst);
        var forged = await analyst.Page.APIRequest.PostAsync("/waivers?handler=request", new() { Form = analyst.Page.APIRequest.CreateFormData().Set("pack", "us-fcc-covered-list").Set("assets", "x").Set("justification", "forged").Set("expires", "2030-01-01"), MaxRedirects = 0 });
        Assert.Equal(400, forged.Status);
        var apiPost = await analyst.Page.APIRequest.PostAsync("/api/v1/waivers", new() { DataObject = new { pack = "us-fcc-covered-list", scope = new { asset_ids = new[] { "x" } }, justification = "cookie", expires = "2030-01-01" } });
        Assert.Equal(401, apiPost.Status);
        Assert.Equal(200, (await analyst.Page.APIRequest.GetAsync("/api/v1/me")).Status);

        // Another tenant's user sees none of tenant a's objects.
        await using var other = await browser.SignedInAsync(Role.Admin, "b");
        Assert.Equal(404, (await other.Page.GotoAsync($"/imports/{importOfA}"))!.Status);
        Assert.Equal(404, (await other.Page.GotoAsync($"/jobs/{accepted.GetProperty("job_id").GetInt64()}/progress"))!.Status);
        await other.Page.GotoAsync("/imports");
        Assert.DoesNotContain("tenant-a.csv", await other.Page.ContentAsync(), StringComparison.Ordinal);

        // Signing out ends the session: pages ask to sign in again.
        await analyst.Page.GotoAsync("/");
        await analyst.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await analyst.Page.GetByRole(AriaRole.Heading, new() { Name = "Signed out" }).WaitForAsync();
        await analyst.Page.GotoAsync("/findings");
        Assert.Contains("/signin", analyst.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_shows_live_progress_then_rejected_rows_findings_and_the_evidence_chain()
    {
        await using var analyst = await browser.SignedInAsync(Role.Analyst);
        var page = analyst.Page;
        await page.GotoAsync("/imports");
        var file = Path.Combine(Scratch.Directory(), "week1.csv");
        await File.WriteAllTextAsync(file, Inventory);
        await page.GetByLabel("Inventory file (CSV, TSV or JSON Lines)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();
        await page.WaitForURLAsync(ImportPage());
        Assert.True(await page.Locator("progress").CountAsync() >= 1);

        // htmx polls the job and reloads the page when it has ended (bounded by the wait's timeout).
        await page.Locator(".job-state", new() { HasTextString = "succeeded" }).WaitForAsync(new() { Timeout = 120_000 });
        await page.GetByRole(AriaRole.Heading, new() { Name = "Rejected rows" }).WaitForAsync();
        var rejected = page.Locator("section[aria-labelledby=rejected] tbody tr");
        Assert.Equal(1, await rejected.CountAsync());
        Assert.Equal("4", await rejected.Locator("td").First.InnerTextAsync());
        await analyst.CheckPageAsync("import-finished");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = RunLink() }).ClickAsync();
        await page.GetByLabel("Status").SelectOptionAsync("violation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var rows = page.Locator("tbody tr");
        Assert.Equal(2, await rows.CountAsync());
        Assert.Contains("status=violation", await page.GetByRole(AriaRole.Link, new() { Name = "CSV" }).GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "w1" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Evidence chain" }).WaitForAsync();
        var steps = page.Locator("ol.evidence > li");
        Assert.True(await steps.CountAsync() >= 3);
        Assert.True(await page.Locator("ol.evidence a[href^='/organisations/']").CountAsync() >= 1, "the evidence links the organisations it names");
        Assert.True(await page.Locator("ol.chain li").CountAsync() >= 1, "the owner chain is shown");
        Assert.True(await page.Locator("section[aria-labelledby=sources] li").CountAsync() >= 1, "the legal sources are listed");
        await analyst.CheckPageAsync("evidence-w1");
    }

    [Fact]
    public async Task A_waiver_requested_by_an_analyst_and_approved_by_an_approver_makes_the_finding_waived()
    {
        using var api = browser.Host.Client("a", Role.Analyst);
        var runId = await api.ImportAndAssess(Inventory.Replace("w1", "v1", StringComparison.Ordinal).Replace("w2", "v2", StringComparison.Ordinal), "waiver.csv");
        var importId = (await api.GetJson($"/api/v1/runs/{runId}")).GetProperty("import_id").GetInt64();

        await using var analyst = await browser.SignedInAsync(Role.Analyst);
        await analyst.Page.GotoAsync("/waivers");
        await analyst.Page.GetByLabel("Pack").SelectOptionAsync("us-fcc-covered-list");
        await analyst.Page.GetByLabel("Asset ids (comma-separated)").FillAsync("v1");
        await analyst.Page.GetByLabel("Justification").FillAsync("replacement funded");
        await analyst.Page.GetByRole(AriaRole.Button, new() { Name = "Request waiver" }).ClickAsync();
        var row = analyst.Page.Locator("tbody tr", new() { HasTextString = "replacement funded" });
        Assert.Equal("requested", await row.Locator(".waiver-state").InnerTextAsync());
        Assert.Equal(0, await row.GetByRole(AriaRole.Button).CountAsync());
        var waiverRow = await row.GetAttributeAsync("id");

        await using var approver = await browser.SignedInAsync(Role.Approver);
        await approver.Page.GotoAsync("/waivers");
        var pending = approver.Page.Locator($"tr#{waiverRow}");
        await pending.GetByRole(AriaRole.Button, new() { NameString = "Approve" }).ClickAsync();
        Assert.Equal("approved", await approver.Page.Locator($"tr#{waiverRow} .waiver-state").InnerTextAsync());
        await approver.CheckPageAsync("waivers-approved");

        // An admin's own request offers no approve button to the admin.
        await using var admin = await browser.SignedInAsync(Role.Admin);
        await admin.Page.GotoAsync("/waivers");
        await admin.Page.GetByLabel("Asset ids (comma-separated)").FillAsync("v2");
        await admin.Page.GetByLabel("Justification").FillAsync("admin's own");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Request waiver" }).ClickAsync();
        var own = admin.Page.Locator("tbody tr", new() { HasTextString = "admin's own" });
        Assert.Equal(0, await own.GetByRole(AriaRole.Button, new() { NameString = "Approve" }).CountAsync());
        Assert.Contains("someone else must decide", await own.InnerTextAsync(), StringComparison.Ordinal);

        // Assessed again as of today, when the waiver (granted today) is in force.
        await analyst.Page.GotoAsync($"/imports/{importId}");
        await analyst.Page.GetByLabel("As of").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await analyst.Page.GetByRole(AriaRole.Button, new() { Name = "Assess" }).ClickAsync();
        await analyst.Page.Locator(".job-state", new() { HasTextString = "succeeded" }).WaitForAsync(new() { Timeout = 120_000 });
        await analyst.Page.GetByRole(AriaRole.Link, new() { NameRegex = RunLink() }).First.ClickAsync();
        var v1 = analyst.Page.Locator("tbody tr", new() { Has = analyst.Page.GetByRole(AriaRole.Link, new() { Name = "v1", Exact = true }) });
        Assert.Equal("waived", await v1.Locator(".status").InnerTextAsync());
        await analyst.CheckPageAsync("findings-waived");
    }

    [Fact]
    public async Task Names_carrying_markup_are_shown_as_text_and_never_run()
    {
        const string Script = "<script>window.__pwned=1</script>";
        const string Image = "<img src=x onerror=\"window.__pwned=2\">";
        var hostile = "id,name,site,manufacturer,model,acquired\n"
            + $"x1,\"{Script.Replace("\"", "\"\"", StringComparison.Ordinal)}\",\"{Image.Replace("\"", "\"\"", StringComparison.Ordinal)}\",Huawei,MA5800-X7,2020-01-01\n"
            + $"\"\",\"{Image.Replace("\"", "\"\"", StringComparison.Ordinal)}\",S1,Huawei,MA5800-X7,2020-01-01\n";
        using var api = browser.Host.Client("a", Role.Analyst);
        var runId = await api.ImportAndAssess(hostile, "<b>hostile</b>.csv");
        var importId = (await api.GetJson($"/api/v1/runs/{runId}")).GetProperty("import_id").GetInt64();
        var findingId = (await api.GetJson($"/api/v1/runs/{runId}/findings?limit=1")).GetProperty("findings")[0].GetProperty("id").GetInt64();

        await using var viewer = await browser.SignedInAsync(Role.Viewer);
        foreach (var url in new[] { $"/findings?run={runId}", $"/findings/{runId}/{findingId}", $"/imports/{importId}", "/imports", "/" })
        {
            await viewer.Page.GotoAsync(url);
            Assert.Null(await viewer.Page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
            Assert.Equal(0, await viewer.Page.Locator("main img, main script, main b").CountAsync());
        }

        await viewer.Page.GotoAsync($"/findings/{runId}/{findingId}");
        Assert.Contains(Script, await viewer.Page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await viewer.CheckPageAsync("hostile-names");
        Assert.Empty(viewer.Dialogs);
    }

    [Fact]
    public async Task Every_control_is_reachable_by_keyboard_and_sign_in_works_without_a_mouse()
    {
        await using var user = await browser.NewUserAsync();
        var page = user.Page;
        await page.GotoAsync("/signin");
        await TabUntilAsync(page, "token");
        await page.Keyboard.TypeAsync(browser.Host.Tokens[("a", Role.Analyst)]);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));

        foreach (var url in new[] { "/imports", "/waivers", "/findings", "/risk", "/packs/us-fcc-covered-list", "/approved-list" })
        {
            await page.GotoAsync(url);
            await AssertEveryControlReachedByTabAsync(page);
        }
    }

    /// <summary>Tabbing from the top of the page reaches every link, button and field on it.</summary>
    private static async Task AssertEveryControlReachedByTabAsync(IPage page)
    {
        var focusable = await page.EvaluateAsync<int>("() => document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea').length");
        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < focusable + 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => { const e = document.activeElement; return [...document.querySelectorAll('*')].indexOf(e) + ':' + e.tagName; }"));
        }

        var all = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')].map(e => [...document.querySelectorAll('*')].indexOf(e) + ':' + e.tagName)");
        Assert.Empty(all.Except(reached));
    }

    /// <summary>Presses Tab until the element <paramref name="selector"/> names has the focus (bounded by the page's controls).</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        var focusable = await page.EvaluateAsync<int>("() => document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea').length");
        for (var i = 0; i < focusable + 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement === document.querySelector(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"{selector} was not reached by Tab");
    }

    private static async Task TabUntilAsync(IPage page, string id)
    {
        for (var i = 0; i < 20; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("() => document.activeElement.id") == id)
            {
                return;
            }
        }

        Assert.Fail($"#{id} was not reached by Tab");
    }

    private static async Task<IFormData> FormWithTokenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        var token = await page.Locator("input[name=__af]").First.GetAttributeAsync("value");
        return page.APIRequest.CreateFormData().Set("__af", token!).Set("pack", "us-fcc-covered-list").Set("assets", "x").Set("justification", "viewer").Set("expires", "2030-01-01");
    }

    private static Regex ImportPage() => new(@"/imports/\d+$");

    [GeneratedRegex(@"^Run \d+ findings$")]
    private static partial Regex RunLink();
}
