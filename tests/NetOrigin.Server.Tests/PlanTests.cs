using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests;

/// <summary>
/// Plans through the API on both engines: made from a run by a durable job and served exactly as `netorigin plan
/// --format json` writes it for the same inputs; progress recorded by the signed-in user, checked like the progress
/// file and chained into the audit log; re-planning from the recorded state; the regulator reports of a plan.
/// Every solve is bounded by the solver's deterministic work with one worker, so the plans repeat on a busy machine.
/// </summary>
public sealed class PlanTests(ServersFixture servers) : IClassFixture<ServersFixture>
{
    /// <summary>A small carrier: Huawei and ZTE core and RAN at three sites, and one Cisco router no rule names.</summary>
    internal const string Inventory = """
        Asset ID,Kind,Role,Site,Country,Operator,Vendor,Model,Acquired
        P-1,device,core,CO-1,US,Prairie Valley Telecom,Huawei,NE40E-X8,2019-04-01
        P-2,device,core,CO-1,US,Prairie Valley Telecom,ZTE,ZXR10 T8000,2018-01-30
        P-3,device,ran,CELL-1,US,Prairie Valley Telecom,Huawei,BBU3900,2019-06-01
        P-4,device,ran,CELL-1,US,Prairie Valley Telecom,Huawei,RRU3959,2019-06-01
        P-5,device,ran,CELL-2,US,Prairie Valley Telecom,ZTE,ZXSDR B8200,2018-09-01
        P-6,device,core,CO-1,US,Prairie Valley Telecom,Cisco,ASR-9010,2021-03-30
        """;

    internal const string Budget = """
        currency: USD
        periods:
          - {from: 2026-07-01, to: 2027-07-01, amount: 900000, label: "FY2026"}
          - {from: 2027-07-01, to: 2028-07-01, amount: 900000, label: "FY2027"}
        programme:
          name: Secure and Trusted Communications Networks Reimbursement Program
          packs: [us-fcc-covered-list]
          first_disbursement: 2026-07-01
          term_months: 12
        """;

    /// <summary>What every plan here is asked with: deterministic work, one worker, no fix search.</summary>
    private static object Request(long runId, string start = "2026-07-01") => new
    {
        run_id = runId,
        start,
        crews = 1,
        budget = Budget,
        work = 1.0,
        workers = 1,
        fixes = false,
    };

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_plan_from_a_run_is_the_plan_the_cli_makes_from_the_same_inputs(string engine)
    {
        var host = await servers.For(engine);
        using var analyst = host.Client("a", Role.Analyst);
        var runId = await analyst.ImportAndAssess(Inventory, "carrier.csv", asOf: "2026-07-01");
        var plan = await PlanAsync(analyst, Request(runId));
        var served = await analyst.GetJson($"/api/v1/plans/{plan}");

        var dir = Scratch.Directory();
        File.WriteAllText(Path.Combine(dir, "carrier.csv"), Inventory);
        File.WriteAllText(Path.Combine(dir, "budget.yaml"), Budget);
        var output = Path.Combine(dir, "plan.json");
        var (exit, text) = ServerProcess.Run("plan", Path.Combine(dir, "carrier.csv"), "--start", "2026-07-01", "--crews", "1", "--budget", Path.Combine(dir, "budget.yaml"),
            "--work", "1", "--workers", "1", "--no-fixes", "--format", "json", "--out", output, "--data", ServerHost.RepositoryData);
        Assert.True(exit == 0, text);
        var cli = JsonNode.Parse(File.ReadAllText(output))!;

        Assert.Equal(Comparable(cli), Comparable(JsonNode.Parse(served.GetRawText())!));
        Assert.Equal(5, served.GetProperty("totals").GetProperty("items").GetInt32());
        Assert.Equal("carrier.csv", served.GetProperty("input").GetString());

        var status = await analyst.GetJson($"/api/v1/plans/{plan}/status");
        Assert.Equal("complete", status.GetProperty("state").GetString());
        Assert.Equal(runId, status.GetProperty("run_id").GetInt64());
        Assert.Equal(5, status.GetProperty("summary").GetProperty("items").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Progress_is_recorded_by_the_signed_in_user_checked_audited_and_replanned_from(string engine)
    {
        var host = await servers.For(engine);
        using var analyst = host.Client("a", Role.Analyst);
        using var viewer = host.Client("a", Role.Viewer);
        using var auditor = host.Client("a", Role.Auditor);
        var runId = await analyst.ImportAndAssess(Inventory, "carrier.csv", asOf: "2026-07-01");
        var plan = await PlanAsync(analyst, Request(runId));
        var me = (await analyst.GetJson("/api/v1/me")).GetProperty("user").GetString();

        async Task<HttpResponseMessage> Record(string asset, string state, string date, decimal? cost = null) =>
            await analyst.PostAsJsonAsync($"/api/v1/plans/{plan}/tasks/{asset}/progress", new { state, date, cost, note = "field crew 3" });

        var ordered = await (await Record("P-3", "ordered", "2026-07-06", 120000)).Json(HttpStatusCode.Created);
        Assert.Equal(me, ordered.GetProperty("by").GetString());
        Assert.Equal("ordered", ordered.GetProperty("state").GetString());

        // Disposal needs the removal first; a step cannot be ahead of today; states are the documented ones.
        var early = await (await Record("P-5", "disposed", "2026-07-06")).Json(HttpStatusCode.BadRequest);
        Assert.Contains("never recorded as removed", early.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var future = await (await Record("P-5", "removed", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).Json(HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("date", out _), future.GetRawText());
        await (await Record("P-5", "shipped", "2026-07-06")).Json(HttpStatusCode.BadRequest);
        await (await Record("P-6", "ordered", "2026-07-06")).Json(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/plans/{plan}/tasks/P-3/progress", new { state = "removed", date = "2026-07-06" })).StatusCode);

        // P-5 is done by the end of August: replaced, removed, disposed.
        await (await Record("P-5", "replaced", "2026-08-03", 150000)).Json(HttpStatusCode.Created);
        await (await Record("P-5", "removed", "2026-08-17")).Json(HttpStatusCode.Created);
        await (await Record("P-5", "disposed", "2026-08-31")).Json(HttpStatusCode.Created);

        var steps = (await viewer.GetJson($"/api/v1/plans/{plan}/progress")).GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["P-3 ordered", "P-5 replaced", "P-5 removed", "P-5 disposed"], steps.Select(s => $"{s.GetProperty("asset_id").GetString()} {s.GetProperty("state").GetString()}").ToList());
        var csv = await viewer.GetStringAsync($"/api/v1/plans/{plan}/progress?format=csv");
        Assert.StartsWith("asset_id,state,date,by,cost,note\nP-3,ordered,2026-07-06," + me + ",120000,field crew 3\n", csv, StringComparison.Ordinal);

        var audit = (await auditor.GetJson("/api/v1/audit?limit=1000")).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "task.progress" && e.GetProperty("target").GetString()!.StartsWith($"plan/{plan}/", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, audit.Count);
        Assert.All(audit, e => Assert.Equal(me, e.GetProperty("actor").GetString()));
        Assert.True((await auditor.GetJson("/api/v1/audit/verify")).GetProperty("intact").GetBoolean());

        // Re-planning from September starts from that state: P-5 is finished, P-3's equipment is on order.
        var accepted = await (await analyst.PostAsJsonAsync($"/api/v1/plans/{plan}/replan", new { start = "2026-09-07" })).Json(HttpStatusCode.Accepted);
        Assert.Equal("succeeded", (await analyst.WaitForJob(accepted.GetProperty("job_id").GetInt64())).GetProperty("state").GetString());
        var next = accepted.GetProperty("plan").GetProperty("id").GetInt64();
        var replanned = await analyst.GetJson($"/api/v1/plans/{next}");
        Assert.Equal("2026-09-07", replanned.GetProperty("start").GetString());
        Assert.Equal(1, replanned.GetProperty("totals").GetProperty("finished").GetInt32());
        Assert.Equal(4, replanned.GetProperty("totals").GetProperty("items").GetInt32());
        var p3 = replanned.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("asset_id").GetString() == "P-3");
        Assert.Equal("ordered", p3.GetProperty("state").GetString());
        Assert.Equal(plan, (await analyst.GetJson($"/api/v1/plans/{next}/status")).GetProperty("parent_plan_id").GetInt64());

        // The status update of the new plan counts the recorded steps and the money spent.
        var report = await viewer.GetStringAsync($"/api/v1/plans/{next}/reports/status-update?format=csv");
        Assert.Contains("Prairie Valley Telecom", report, StringComparison.Ordinal);
        Assert.Contains("270", report, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_plan_serves_its_regulator_reports_as_html_csv_and_svg(string engine)
    {
        var host = await servers.For(engine);
        using var analyst = host.Client("a", Role.Analyst);
        var runId = await analyst.ImportAndAssess(Inventory, "carrier.csv", asOf: "2026-07-01");
        var plan = await PlanAsync(analyst, Request(runId));

        var html = await analyst.GetAsync($"/api/v1/plans/{plan}/reports/status-update");
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html", await html.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var csv = await analyst.GetStringAsync($"/api/v1/plans/{plan}/reports/supply-chain?format=csv");
        Assert.StartsWith("section,field,value,note", csv, StringComparison.Ordinal);
        var svg = await analyst.GetStringAsync($"/api/v1/plans/{plan}/reports/status-update?format=svg");
        Assert.Contains("<svg", svg, StringComparison.Ordinal);

        // The UK share report needs a run of the UK pack; an unknown kind is no report at all.
        await (await analyst.GetAsync($"/api/v1/plans/{plan}/reports/uk-share")).Json(HttpStatusCode.NotFound);
        await (await analyst.GetAsync($"/api/v1/plans/{plan}/reports/annual")).Json(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_contradictory_plan_request_is_refused_naming_the_field_and_line(string engine)
    {
        var host = await servers.For(engine);
        using var analyst = host.Client("a", Role.Analyst);
        var runId = await analyst.ImportAndAssess(Inventory, "carrier.csv", asOf: "2026-07-01");

        var negative = await (await analyst.PostAsJsonAsync("/api/v1/plans", new { run_id = runId, budget = "periods:\n  - {from: 2026-07-01, to: 2027-07-01, amount: -5}\n" })).Json(HttpStatusCode.BadRequest);
        Assert.Contains("budget:2", negative.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("negative", negative.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await analyst.PostAsJsonAsync("/api/v1/plans", new { run_id = runId, crews = -1 })).Json(HttpStatusCode.BadRequest);
        await (await analyst.PostAsJsonAsync("/api/v1/plans", new { run_id = runId, what_if = new[] { "budget+50%" } })).Json(HttpStatusCode.BadRequest);
        await (await analyst.PostAsJsonAsync("/api/v1/plans", new { run_id = runId, roles = new[] { "spaceship" } })).Json(HttpStatusCode.BadRequest);
        await (await analyst.PostAsJsonAsync("/api/v1/plans", new { run_id = 987654321 })).Json(HttpStatusCode.NotFound);

        // The budget as a JSON object is the same file.
        var json = new { run_id = runId, start = "2026-07-01", crews = 1, work = 1.0, workers = 1, fixes = false, budget = new { periods = new[] { new { from = "2026-07-01", to = "2027-07-01", amount = 900000 } } } };
        var plan = await PlanAsync(analyst, json);
        var served = await analyst.GetJson($"/api/v1/plans/{plan}");
        Assert.Equal("2026", served.GetProperty("periods")[0].GetProperty("from").GetString()![..4]);
        Assert.Equal(900000, served.GetProperty("periods")[0].GetProperty("budget").GetDouble());

        // A re-plan with a changed budget checks it as a plan request does, before anything is queued.
        var badReplan = await (await analyst.PostAsJsonAsync($"/api/v1/plans/{plan}/replan", new { start = "2026-07-01", budget = "periods:\n  - {from: 2026-07-01, to: 2027-07-01, amount: -5}\n" })).Json(HttpStatusCode.BadRequest);
        Assert.Contains("budget:2", badReplan.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Requests a plan, waits for its job, and returns its id.</summary>
    internal static async Task<long> PlanAsync(HttpClient client, object request)
    {
        var accepted = await (await client.PostAsJsonAsync("/api/v1/plans", request)).Json(HttpStatusCode.Accepted);
        var job = await client.WaitForJob(accepted.GetProperty("job_id").GetInt64());
        Assert.True(job.GetProperty("state").GetString() == "succeeded", job.GetRawText());
        return accepted.GetProperty("plan").GetProperty("id").GetInt64();
    }

    /// <summary>The plan without what differs between two runs of the same solve: wall times, and the input's path.</summary>
    private static string Comparable(JsonNode plan)
    {
        plan.AsObject().Remove("input");
        foreach (var part in new[] { "solver", "baseline" })
        {
            plan[part]!.AsObject().Remove("elapsed_seconds");
        }

        return plan.ToJsonString();
    }
}
