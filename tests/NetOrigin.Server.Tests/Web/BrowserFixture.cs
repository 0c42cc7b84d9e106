using System.Text.Json;
using Microsoft.Playwright;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests.Web;

/// <summary>
/// One server on a real loopback socket (SQLite) and one headless Debian Chromium, driven by Playwright, for a test
/// class. Pages are opened in a browser context per signed-in user; axe-core is added to every page before its
/// own scripts run (an init script, which the page's content policy does not govern).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private string _axe = "";

    public ServerHost Host { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        var axe = Path.Combine(ServerHost.RepositoryRoot, ".cache", "axe-core", "package", "axe.min.js");
        if (!File.Exists(axe))
        {
            throw new InvalidOperationException($"{axe} is missing: ./test.sh fetches axe-core into .cache/ (npm pack axe-core@4.10.3)");
        }

        _axe = await File.ReadAllTextAsync(axe);
        Host = await ServerHost.StartAsync("sqlite", kestrel: true);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A browser context of its own (cookies apart), with axe-core on every page and every policy violation recorded.</summary>
    public async Task<BrowserUser> NewUserAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Host.BaseAddress!.ToString().TrimEnd('/'), ViewportSize = new() { Width = 1280, Height = 900 } });
        // Generous: the whole suite shares two cores, and a page load then waits behind the other test projects.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        await context.AddInitScriptAsync(_axe);
        var page = await context.NewPageAsync();
        var user = new BrowserUser(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                user.ConsoleErrors.Add(message.Text);
            }
        };
        page.Dialog += (_, dialog) => user.Dialogs.Add(dialog.Message);
        return user;
    }

    /// <summary>A browser signed in through the sign-in page with the token of a role of a tenant ("a" or "b").</summary>
    public async Task<BrowserUser> SignedInAsync(Role role, string tenant = "a")
    {
        var user = await NewUserAsync();
        await user.Page.GotoAsync("/signin");
        await user.Page.GetByLabel("API token").FillAsync(Host.Tokens[(tenant, role)]);
        await user.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await user.Page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return user;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}

/// <summary>A signed-in browser: its page, and what went wrong on it (console errors, dialogs a script opened).</summary>
public sealed class BrowserUser(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;
    public IPage Page { get; } = page;
    public List<string> ConsoleErrors { get; } = [];
    public List<string> Dialogs { get; } = [];

    /// <summary>
    /// Checks the open page: axe-core finds no serious or critical violation, every input has a label, nothing broke
    /// the content policy; then saves a screenshot as <paramref name="name"/>.png.
    /// </summary>
    public async Task CheckPageAsync(string name)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        var violations = await Page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '));
            }
            """);
        Assert.True(violations.GetArrayLength() == 0, $"{name}: axe found {string.Join("; ", violations.EnumerateArray())}");
        var unlabelled = await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
              .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
              .map(e => e.outerHTML)
            """);
        Assert.True(unlabelled.Length == 0, $"{name}: inputs without a label: {string.Join(", ", unlabelled)}");
        Assert.DoesNotContain(ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
