using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using static Latency;

/// <summary>
/// The web pages' server time: signs in through /signin as a browser does (antiforgery token, sign-in cookie, both
/// sent by hand because the cookies are Secure and the bench speaks plain HTTP on loopback), then GETs each page
/// one request at a time and reads the server's own time from its Server-Timing header. The first request of a page
/// is reported apart (it may fill a cache: the risk page analyses the run once).
/// </summary>
internal static partial class WebPagesBench
{
    public static async Task RunAsync(Uri url, HttpClient api, string run, string? plan, int requests)
    {
        using var browser = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = url, Timeout = TimeSpan.FromMinutes(30) };
        var cookie = await SignInAsync(browser, api.DefaultRequestHeaders.Authorization!.Parameter!);
        var pages = await PagesAsync(api, run, plan);
        Console.WriteLine($"{pages.Count} pages, {requests} GETs each after the first, one at a time; server time from Server-Timing (client wall time in brackets)");
        Console.WriteLine($"{"page",-58} {"first",10} {"p50",8} {"p95",8} {"max",8}   {"wall p50",8}");
        foreach (var page in pages)
        {
            var (firstServer, _) = await TimeAsync(browser, cookie, page);
            var server = new List<double>();
            var wall = new List<double>();
            for (var i = 0; i < requests; i++)
            {
                var (s, w) = await TimeAsync(browser, cookie, page);
                server.Add(s);
                wall.Add(w);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page,-58} {firstServer,8:0.0}ms {Percentile(server, 50),6:0.0}ms {Percentile(server, 95),6:0.0}ms {server.Max(),6:0.0}ms   {Percentile(wall, 50),6:0.0}ms"));
        }
    }

    private static async Task<(double Server, double Wall)> TimeAsync(HttpClient browser, string cookie, string page)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, page);
        request.Headers.Add("Cookie", cookie);
        var watch = Stopwatch.StartNew();
        using var response = await browser.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        var wall = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{page} answered {(int)response.StatusCode}");
        }

        var timing = response.Headers.TryGetValues("Server-Timing", out var values) ? values.First() : throw new InvalidOperationException($"{page} sent no Server-Timing");
        return (double.Parse(Duration().Match(timing).Groups[1].Value, CultureInfo.InvariantCulture), wall);
    }

    private static async Task<string> SignInAsync(HttpClient browser, string token)
    {
        using var form = await browser.GetAsync("/signin");
        var antiforgeryCookie = Cookie(form, "netorigin-af");
        var field = AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = field, ["token"] = token, ["returnUrl"] = "/" }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        using var signedIn = await browser.SendAsync(post);
        return Cookie(signedIn, "__Host-netorigin");
    }

    private static string Cookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).First(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    /// <summary>Every page a signed-in admin can open, with the objects of the run (and plan) given.</summary>
    private static async Task<List<string>> PagesAsync(HttpClient api, string run, string? plan)
    {
        var stored = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/runs/{run}")).RootElement;
        var import = stored.GetProperty("import_id").GetInt64();
        var job = stored.GetProperty("job_id").GetInt64();
        var first = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/runs/{run}/findings?status=violation&limit=1")).RootElement.GetProperty("findings")[0];
        var site = Uri.EscapeDataString(first.GetProperty("asset").GetProperty("site").GetString()!);
        var maker = first.GetProperty("manufacturer").GetProperty("id").GetString()!;
        List<string> pages =
        [
            "/", "/imports", $"/imports/{import}", $"/jobs/{job}/progress",
            $"/findings?run={run}", $"/findings?run={run}&status=violation", $"/findings?run={run}&site={site}", $"/findings?run={run}&maker={maker}&status=violation",
            $"/findings?run={run}&deadline_before=2030-01-01", $"/findings?run={run}&after=500000",
            $"/findings/{run}/{first.GetProperty("id").GetInt64()}", $"/organisations/{maker}",
            "/waivers", "/approved-list", "/packs", "/packs/us-fcc-covered-list", $"/risk?run={run}", $"/risk?run={run}&cut=country:CN",
            "/plans", "/audit", "/admin",
        ];
        if (plan is not null)
        {
            pages.AddRange([$"/plans/{plan}", $"/plans/{plan}/progress"]);
        }

        return pages;
    }

    [GeneratedRegex("dur=([0-9.]+)")]
    private static partial Regex Duration();

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
