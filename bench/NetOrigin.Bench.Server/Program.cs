using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using static Latency;

// A bounded load client for a NetOrigin server on loopback (bench/server/run.sh drives it):
//   import  --url U --token T --file F [--packs P] [--as-of D]   upload, wait for the job; prints the seconds
//   pages   --url U --token T --run R [--requests N]             filtered findings pages one at a time; p50/p95
//   readers --url U --token T --run R [--clients 64] [--seconds 30]  concurrent readers; errors, p50/p95, req/s
//   web     --url U --token T --run R [--plan P] [--requests N]   every web page's server time; p50/p95
var options = args.Skip(1).Chunk(2).ToDictionary(p => p[0].TrimStart('-'), p => p.Length > 1 ? p[1] : "");
string Get(string name, string? fallback = null) => options.GetValueOrDefault(name) ?? fallback ?? throw new ArgumentException($"--{name} is required");
var url = new Uri(Get("url"));
if (!url.IsLoopback)
{
    throw new ArgumentException("benchmarks target loopback only");
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = url, Timeout = TimeSpan.FromMinutes(30) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Get("token"));

switch (args.FirstOrDefault())
{
    case "import":
        {
            var file = Get("file");
            var watch = Stopwatch.StartNew();
            await using var body = File.OpenRead(file);
            using var content = new StreamContent(body, 1 << 16);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            var response = await http.PostAsync($"/api/v1/imports?file_name={Uri.EscapeDataString(Path.GetFileName(file))}&assess={Get("packs", "us-fcc-covered-list")}&as_of={Get("as-of", "2026-06-30")}", content);
            var accepted = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var job = accepted.GetProperty("job_id").GetInt64();
            for (var i = 0; i < 36_000; i++)
            {
                var state = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/jobs/{job}")).RootElement;
                if (state.GetProperty("state").GetString() is "succeeded" or "failed" or "cancelled")
                {
                    Console.WriteLine($"job {job} {state.GetProperty("state").GetString()} after {watch.Elapsed.TotalSeconds:0.00} s; run {accepted.GetProperty("run").GetProperty("id").GetInt64()}; records {state.GetProperty("progress").GetProperty("records_done").GetInt64()}");
                    return;
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("the job did not end within an hour");
        }

    case "pages":
        {
            var run = Get("run");
            var requests = int.Parse(Get("requests", "200"), CultureInfo.InvariantCulture);
            var filters = await Filters(http, run);
            var times = new List<double>();
            var byFilter = filters.ToDictionary(f => f, _ => new List<double>());
            for (var i = 0; i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                var response = await http.GetAsync($"/api/v1/runs/{run}/findings?{filters[i % filters.Count]}");
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                times.Add(watch.Elapsed.TotalMilliseconds);
                byFilter[filters[i % filters.Count]].Add(watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"{requests} filtered pages of 100, one at a time: p50 {Percentile(times, 50):0.0} ms, p95 {Percentile(times, 95):0.0} ms, max {times.Max():0.0} ms");
            foreach (var (filter, own) in byFilter)
            {
                Console.WriteLine($"  p50 {Percentile(own, 50),7:0.0} ms  p95 {Percentile(own, 95),7:0.0} ms  {filter}");
            }

            return;
        }

    case "readers":
        {
            var run = Get("run");
            var clients = int.Parse(Get("clients", "64"), CultureInfo.InvariantCulture);
            var seconds = double.Parse(Get("seconds", "30"), CultureInfo.InvariantCulture);
            var filters = await Filters(http, run);
            var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
            var errors = 0;
            var all = new List<double>();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
            {
                var mine = new List<double>();
                for (var i = c; Stopwatch.GetTimestamp() < until; i++)
                {
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        var response = await http.GetAsync($"/api/v1/runs/{run}/findings?{filters[i % filters.Count]}");
                        await response.Content.ReadAsByteArrayAsync();
                        if (!response.IsSuccessStatusCode)
                        {
                            Interlocked.Increment(ref errors);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                    }

                    mine.Add(watch.Elapsed.TotalMilliseconds);
                }

                lock (all)
                {
                    all.AddRange(mine);
                }
            }));
            Console.WriteLine($"{clients} readers for {seconds:0} s: {all.Count} requests, {all.Count / seconds:0} req/s, {errors} errors, p50 {Percentile(all, 50):0.0} ms, p95 {Percentile(all, 95):0.0} ms");
            return;
        }

    case "web":
        await WebPagesBench.RunAsync(url, http, Get("run"), options.GetValueOrDefault("plan"), int.Parse(Get("requests", "50"), CultureInfo.InvariantCulture));
        return;

    default:
        Console.Error.WriteLine("usage: NetOrigin.Bench.Server import|pages|readers|web --url URL --token TOKEN ...");
        Environment.Exit(2);
        return;
}

// Filters a user would use, built from the run itself: a status, a status in a pack, a site, a maker, deadlines.
static async Task<List<string>> Filters(HttpClient http, string run)
{
    var first = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/runs/{run}/findings?limit=1000")).RootElement.GetProperty("findings");
    var site = first.EnumerateArray().Select(f => f.GetProperty("asset").TryGetProperty("site", out var s) ? s.GetString() : null).First(s => s is not null)!;
    var maker = first.EnumerateArray().Select(f => f.GetProperty("manufacturer")).First(m => m.ValueKind == JsonValueKind.Object).GetProperty("id").GetString()!;
    var pack = first[0].GetProperty("pack").GetString()!;
    return
    [
        "status=violation&limit=100",
        $"pack={pack}&status=unknown&limit=100",
        $"site={Uri.EscapeDataString(site)}&limit=100",
        $"maker={maker}&status=violation&limit=100",
        "deadline_before=2030-01-01&limit=100",
        $"site={Uri.EscapeDataString(site)}&status=compliant&limit=100&after=1000",
    ];
}
