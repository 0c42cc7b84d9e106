using System.Diagnostics;
using System.Text.Json;

namespace NetOrigin.Planning.Tests;

/// <summary>Halfway through: a progress file with half the items done produces the status report and an updated plan.</summary>
public sealed class ProgressAndReportTests
{
    private static readonly string[] Common = ["--roles", "core,ran", "--crews", "6", "--time-limit", "20", "--workers", "1"];

    private static (string Progress, List<string> Done, JsonElement FirstPlan) Halfway()
    {
        var first = Cli.Plan([Cli.RegionalCarrierInventory, .. Common, "--start", "2026-01-05"]);
        var items = first.GetProperty("items").EnumerateArray().OrderBy(i => i.GetProperty("removed").GetString(), StringComparer.Ordinal).ToList();
        var done = items.Take(items.Count / 2).Select(i => i.GetProperty("asset_id").GetString()!).ToList();
        var progress = Path.Combine(Scratch.Directory(), "progress.csv");
        foreach (var id in done)
        {
            foreach (var (state, date) in new[] { ("ordered", "2026-01-12"), ("replaced", "2026-08-03"), ("removed", "2026-08-24"), ("disposed", "2026-09-07") })
            {
                var r = Cli.Run("progress", "record", progress, "--asset", id, "--state", state, "--date", date, "--by", "J. Field", "--cost", state == "replaced" ? "150000" : "0");
                Assert.True(r.ExitCode == 0, r.Error);
            }
        }

        // The other half has its equipment on order.
        foreach (var id in items.Skip(items.Count / 2).Select(i => i.GetProperty("asset_id").GetString()!))
        {
            Assert.Equal(0, Cli.Run("progress", "record", progress, "--asset", id, "--state", "ordered", "--date", "2026-06-01", "--by", "Procurement").ExitCode);
        }

        return (progress, done, first);
    }

    [Fact]
    public void Halfway_the_status_update_reports_progress_and_the_updated_plan_schedules_only_the_rest()
    {
        var (progress, done, first) = Halfway();
        var total = first.GetProperty("items").GetArrayLength();

        var updated = Cli.Plan([Cli.RegionalCarrierInventory, .. Common, "--start", "2026-10-05", "--progress", progress]);
        Assert.Equal(done.Count, updated.GetProperty("totals").GetProperty("finished").GetInt32());
        var remaining = updated.GetProperty("items").EnumerateArray().Where(i => i.TryGetProperty("visit", out _)).ToList();
        Assert.Equal(total - done.Count, remaining.Count);
        Assert.All(remaining, i =>
        {
            Assert.Equal("ordered", i.GetProperty("state").GetString());
            Assert.True(string.CompareOrdinal(i.GetProperty("start").GetString(), "2026-10-05") >= 0);
        });
        Assert.All(remaining, i => Assert.False(i.GetProperty("cost").TryGetProperty("equipment", out _), "equipment on order is not charged again"));

        var dir = Scratch.Directory();
        var report = Cli.Run(["report", "status-update", Cli.RegionalCarrierInventory, .. Common, "--start", "2026-10-05", "--progress", progress, "--out-dir", dir]);
        Assert.True(report.ExitCode == 0, report.Error);
        var csv = File.ReadAllText(Path.Combine(dir, "status-update.csv"));
        var percent = 100.0 * done.Count / total;
        Assert.Contains($"Estimated percent complete,{percent:0.0}%", csv);
        Assert.Contains($"Removed,{done.Count}", csv);
        Assert.Contains("Spent to date (recorded in the progress file),$", csv);
        Assert.Contains("<polyline", File.ReadAllText(Path.Combine(dir, "status-update-burndown.svg")));

        // Print-ready: headless Chromium prints it to PDF, pdftoppm renders the first page.
        var html = Path.Combine(dir, "status-update.html");
        var pdf = Path.Combine(dir, "status-update.pdf");
        Run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", $"--user-data-dir={Scratch.Directory()}", "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri);
        Assert.True(new FileInfo(pdf).Length > 1000);
        Run("pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", pdf, Path.Combine(dir, "page"));
        var png = Directory.GetFiles(dir, "page*.png").Single();
        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 2000, "the rendered page has content");
        var text = Run("pdftotext", pdf, "-");
        Assert.Contains("status update", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Prairie Valley Telecom", text);
    }

    [Fact]
    public void A_progress_step_that_skips_the_one_it_needs_is_refused_with_its_line()
    {
        var file = Scratch.File("progress.csv", "asset_id,state,date,by,cost,note\nA-1,ordered,2026-01-10,Ann,,\nA-1,disposed,2026-02-10,Ann,,\n");
        var result = Cli.Run("plan", Cli.RegionalCarrierInventory, "--start", "2026-03-02", "--progress", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("progress.csv:3: A-1 is disposed but was never recorded as removed", result.Error);
    }

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        // Reading the whole stream (not line events, which may still be in flight when the process has exited).
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.True(process.WaitForExit(120_000), $"{program} did not finish");
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {error.GetAwaiter().GetResult()}");
        return output.GetAwaiter().GetResult();
    }
}
