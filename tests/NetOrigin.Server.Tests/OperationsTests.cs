using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests;

/// <summary>Running the server: health, headers, the API description, body limits, sign-in throttling, and logs that keep secrets and data out.</summary>
public sealed class OperationsTests
{
    [Fact]
    public async Task Health_security_headers_openapi_and_reference_page_are_served()
    {
        await using var host = await ServerHost.StartAsync("sqlite");
        using var anonymous = host.Client();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
        using var viewer = host.Client("a", Role.Viewer);
        var me = await viewer.GetAsync("/api/v1/me");
        Assert.Equal("nosniff", me.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", me.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'none'", me.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-store", me.Headers.CacheControl!.ToString());

        var openApi = await anonymous.GetJson("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/v1/runs/{runId}/findings", out _));
        var page = await anonymous.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("NetOrigin API", html);

        // The page works offline: its scripts come from the server itself, never from a CDN.
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*\\bsrc=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            var url = new Uri(new Uri(anonymous.BaseAddress!, "/scalar/v1"), script);
            Assert.Equal(anonymous.BaseAddress!.Authority, url.Authority);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Bodies_over_the_limits_are_refused_with_a_problem_and_leave_nothing()
    {
        await using var host = await ServerHost.StartAsync("sqlite", new Dictionary<string, string?> { ["NetOrigin:MaxUploadBytes"] = "4096", ["NetOrigin:MaxRequestBytes"] = "1024" });
        using var analyst = host.Client("a", Role.Analyst);
        var big = await analyst.PostAsync("/api/v1/imports?file_name=big.csv", new StringContent("id\n" + string.Concat(Enumerable.Repeat("x-asset\n", 2000)), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal("application/problem+json", big.Content.Headers.ContentType!.MediaType);
        Assert.Empty((await analyst.GetJson("/api/v1/imports")).GetProperty("items").EnumerateArray());
        var waiver = await analyst.PostAsync("/api/v1/waivers", new StringContent($"{{\"pack\":\"us-fcc-covered-list\",\"justification\":\"{new string('x', 4000)}\",\"expires\":\"2030-01-01\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, waiver.StatusCode);
        var small = await analyst.PostAsync("/api/v1/imports?file_name=small.csv", new StringContent("id,manufacturer\na,Cisco\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Accepted, small.StatusCode);
    }

    [Fact]
    public async Task Repeated_failed_sign_ins_from_one_address_are_refused_for_a_while()
    {
        await using var host = await ServerHost.StartAsync("sqlite", new Dictionary<string, string?> { ["NetOrigin:SignInFailuresAllowed"] = "3", ["NetOrigin:SignInWindowSeconds"] = "600" });
        var guess = host.Tokens[("a", Role.Viewer)][..^4] + "AAAA";
        for (var i = 0; i < 3; i++)
        {
            using var wrong = host.Client(guess);
            Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/v1/me")).StatusCode);
        }

        using var again = host.Client(guess);
        var refused = await again.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        using var right = host.Client("a", Role.Viewer);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await right.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Logs_are_structured_and_never_hold_tokens_or_uploaded_data()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await ServerHost.StartAsync("sqlite", configure: builder => builder.ConfigureLogging(l => l.AddProvider(logs)));
        using var analyst = host.Client("a", Role.Analyst);
        const string marker = "SECRET-SITE-7F3A";
        var runId = await analyst.ImportAndAssess($"id,name,site,manufacturer,mac\n{marker}-1,{marker},{marker},Huawei,00:e0:fc:00:00:01\n{marker}-2,{marker},{marker},Cisco,{marker}\n", $"{marker}.csv");
        await analyst.GetAsync($"/api/v1/runs/{runId}/findings?site={marker}");
        using var bad = host.Client("nor_1_2_" + marker);
        await bad.GetAsync("/api/v1/me");

        var text = logs.Text;
        Assert.Contains("\"Route\"", logs.StructuredKeys);
        Assert.Contains("/api/v1/runs/{runId:long}/findings", text);
        Assert.Contains("Job", text);
        Assert.DoesNotContain(marker, text);
        foreach (var token in host.Tokens.Values)
        {
            // nor_TENANT_TOKEN_SECRET; the secret is base64url and may itself hold '_'.
            Assert.DoesNotContain(token.Split('_', 4)[3], text);
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();
        private readonly ConcurrentDictionary<string, bool> _keys = new();

        public string Text => string.Join('\n', _lines);

        public ICollection<string> StructuredKeys => _keys.Keys;

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var line = new StringBuilder($"{category} {formatter(state, exception)} {exception}");
                if (state is IEnumerable<KeyValuePair<string, object?>> values)
                {
                    foreach (var (key, value) in values)
                    {
                        provider._keys[$"\"{key}\""] = true;
                        line.Append(' ').Append(key).Append('=').Append(value);
                    }
                }

                provider._lines.Enqueue(line.ToString());
            }
        }
    }
}
