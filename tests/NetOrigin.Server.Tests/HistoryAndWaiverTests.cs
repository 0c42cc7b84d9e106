using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Tests;

/// <summary>
/// Waivers through their life (request, approve — never one's own —, expire, revoke) and what changes between
/// runs, with the reason of each change; and re-assessment when the reference data changes. Both engines.
/// </summary>
public sealed class HistoryAndWaiverTests(ServersFixture servers) : IClassFixture<ServersFixture>
{
    private const string First = "id,name,site,manufacturer,model,acquired\nh1,olt-1,S1,Huawei,MA5800-X7,2020-01-01\nh2,olt-2,S1,Huawei,MA5800-X7,2020-01-01\nh4,rtr-4,S2,Cisco,ASR-9010,2020-01-01\n";
    private const string Second = "id,name,site,manufacturer,model,acquired\nh1,olt-1,S1,Huawei,MA5800-X7,2020-01-01\nh3,olt-3,S1,Huawei,MA5800-X7,2020-01-01\nh4,rtr-4,S2,ZTE,ZXR10 T8000,2020-01-01\n";

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Waivers_apply_between_approval_and_expiry_and_comparisons_name_the_reason_of_each_change(string engine)
    {
        var host = await servers.For(engine);
        using var analyst = host.Client("a", Role.Analyst);
        using var approver = host.Client("a", Role.Approver);
        var accepted = await analyst.Upload(First, "week1.csv", "us-fcc-covered-list", "2026-06-30");
        await analyst.WaitForJob(accepted.GetProperty("job_id").GetInt64());
        var import1 = accepted.GetProperty("import").GetProperty("id").GetInt64();

        var waiver = await (await analyst.PostAsJsonAsync("/api/v1/waivers", new { pack = "us-fcc-covered-list", scope = new { asset_ids = new[] { "h1" } }, justification = "replacement funded, crews booked", granted = "2026-01-01", expires = "2026-12-31" })).Json(HttpStatusCode.Created);
        var waiverId = waiver.GetProperty("id").GetInt64();
        Assert.Equal("requested", waiver.GetProperty("state").GetString());

        // The requester cannot decide their own waiver, even holding a role that could.
        using var admin = host.Client("a", Role.Admin);
        var own = await (await admin.PostAsJsonAsync("/api/v1/waivers", new { pack = "us-fcc-covered-list", scope = new { asset_ids = new[] { "h2" } }, justification = "mine", expires = "2027-01-01" })).Json(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync($"/api/v1/waivers/{own.GetProperty("id").GetInt64()}/approve", new { note = "self" })).Json(HttpStatusCode.Forbidden);

        var waivedRun = await analyst.Assess(import1, "2026-06-30", "us-fcc-covered-list");
        Assert.Empty(await Statuses(analyst, waivedRun, "waived"));
        await (await approver.PostAsJsonAsync($"/api/v1/waivers/{waiverId}/approve", new { note = "ok until year end" })).Json(HttpStatusCode.OK);
        await (await approver.PostAsJsonAsync($"/api/v1/waivers/{waiverId}/approve", new { note = "again" })).Json(HttpStatusCode.Conflict);
        waivedRun = await analyst.Assess(import1, "2026-06-30", "us-fcc-covered-list");
        Assert.Equal(["h1"], await Statuses(analyst, waivedRun, "waived"));

        var expiredRun = await analyst.Assess(import1, "2027-06-30", "us-fcc-covered-list");
        var expiry = await Changes(analyst, waivedRun, expiredRun);
        var h1 = Assert.Single(expiry, c => c.GetProperty("asset").GetProperty("id").GetString() == "h1");
        Assert.Equal("new", h1.GetProperty("change").GetString());
        Assert.Equal("waiver_expired", h1.GetProperty("reason").GetString());
        Assert.Equal("waived", h1.GetProperty("from").GetProperty("status").GetString());

        var week2 = await analyst.ImportAndAssess(Second, "week2.csv", "us-fcc-covered-list", "2027-06-30");
        var weekly = await Changes(analyst, expiredRun, week2);
        Assert.Equal("asset_removed", Reason(weekly, "h2"));
        Assert.Equal("resolved", Change(weekly, "h2"));
        Assert.Equal("asset_added", Reason(weekly, "h3"));
        Assert.Equal("new", Change(weekly, "h3"));
        Assert.Equal("maker_reidentified", Reason(weekly, "h4"));
        Assert.DoesNotContain(weekly, c => c.GetProperty("asset").GetProperty("id").GetString() == "h1");

        await (await approver.PostAsJsonAsync($"/api/v1/waivers/{waiverId}/revoke", new { note = "plan slipped" })).Json(HttpStatusCode.OK);
        var revokedRun = await analyst.Assess(import1, "2026-06-30", "us-fcc-covered-list");
        Assert.Equal("waiver_revoked", Reason(await Changes(analyst, waivedRun, revokedRun), "h1"));
        var history = await analyst.GetJson($"/api/v1/waivers/{waiverId}");
        Assert.Equal(["request", "approve", "revoke"], history.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_changed_list_re_assesses_each_tenants_latest_import_and_reports_who_is_now_affected(string engine)
    {
        var dataDir = Scratch.Directory();
        var database = TestDatabases.Create(engine, dataDir);
        var original = CopyData();
        long before;
        Dictionary<(string, Role), string> tokens;
        await using (var host = await ServerHost.StartAsync(engine, new Dictionary<string, string?> { ["NetOrigin:ReferenceData"] = original }, database, dataDir))
        {
            using var analyst = host.Client("a", Role.Analyst);
            before = await analyst.ImportAndAssess(First, "week1.csv", "us-fcc-covered-list", "2026-06-30");
            tokens = host.Tokens;
        }

        // The pack gains an entry naming Cisco; the server starts again on the new data.
        var updated = CopyData();
        var pack = Path.Combine(updated, "policies", "us-fcc-covered-list.yaml");
        File.WriteAllText(pack, File.ReadAllText(pack).Replace("designations:\n", """
            designations:
              - id: test-cisco
                listed_as: Cisco Systems (test entry)
                organisation: cisco
                affiliates: entity_only
                effective: 2020-01-01
                covers:
                  kinds: [device]
                sources: [fcc-covered-list]
                unverified: false

            """.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal));
        await using (var host = await ServerHost.StartAsync(engine, new Dictionary<string, string?> { ["NetOrigin:ReferenceData"] = updated }, database, dataDir, tokens))
        {
            using var viewer = host.Client("a", Role.Viewer);
            JsonElement? reassessed = null;
            for (var i = 0; i < 1200 && reassessed is null; i++)
            {
                var runs = await viewer.GetJson("/api/v1/runs");
                reassessed = runs.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("trigger").GetString() == "reference-update" && r.GetProperty("state").GetString() == "complete").Cast<JsonElement?>().FirstOrDefault();
                await Task.Delay(100);
            }

            Assert.NotNull(reassessed);
            Assert.Equal(before, reassessed.Value.GetProperty("previous_run_id").GetInt64());
            var changes = await viewer.GetJson($"/api/v1/runs/{reassessed.Value.GetProperty("id").GetInt64()}/changes");
            var change = Assert.Single(changes.GetProperty("changes").EnumerateArray());
            Assert.Equal("h4", change.GetProperty("asset").GetProperty("id").GetString());
            Assert.Equal("list_entry_added", change.GetProperty("reason").GetString());
            Assert.Equal("violation", change.GetProperty("to").GetProperty("status").GetString());
            Assert.Equal("test-cisco", change.GetProperty("to").GetProperty("designation").GetString());
        }
    }

    private static string CopyData()
    {
        var target = Scratch.Directory();
        foreach (var file in Directory.EnumerateFiles(ServerHost.RepositoryData, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(ServerHost.RepositoryData, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    private static async Task<List<string>> Statuses(HttpClient client, long runId, string status) =>
        (await client.GetJson($"/api/v1/runs/{runId}/findings?status={status}")).GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("asset").GetProperty("id").GetString()!).ToList();

    private static async Task<List<JsonElement>> Changes(HttpClient client, long from, long to) =>
        (await client.GetJson($"/api/v1/comparisons?from={from}&to={to}")).GetProperty("changes").EnumerateArray().ToList();

    private static string Reason(List<JsonElement> changes, string asset) =>
        changes.Single(c => c.GetProperty("asset").GetProperty("id").GetString() == asset).GetProperty("reason").GetString()!;

    private static string Change(List<JsonElement> changes, string asset) =>
        changes.Single(c => c.GetProperty("asset").GetProperty("id").GetString() == asset).GetProperty("change").GetString()!;
}
