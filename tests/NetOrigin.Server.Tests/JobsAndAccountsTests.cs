using System.Net;
using System.Net.Http.Json;
using System.Text;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Server.Tests;

/// <summary>
/// On both engines: uploads in each inventory format, cancelling a job under way, tokens shown once and kept only
/// as hashes, problems that name the field, and migrations recorded once.
/// </summary>
public sealed class JobsAndAccountsTests(ServersFixture servers) : IClassFixture<ServersFixture>
{
    private static readonly Lazy<string> LargeInventory = new(() =>
    {
        var path = Path.Combine(Scratch.Directory(), "large.csv");
        var (exit, output) = ServerProcess.Run("sample", "--assets", "150000", "--seed", "11", "--out", path);
        Assert.True(exit == 0, output);
        return File.ReadAllText(path);
    });

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Tsv_and_json_lines_uploads_are_read_by_their_format_and_reject_bad_rows_with_their_line(string engine)
    {
        var host = await servers.For(engine);
        using var analyst = host.Client("a", Role.Analyst);
        const string tsv = "id\tmanufacturer\tmodel\nt1\tHuawei\tMA5800-X7\nt2\tCisco\tASR-9010\n\tCisco\tASR-920\nt4\tNokia\t7750 SR\n";
        const string jsonl = "{\"id\":\"j1\",\"manufacturer\":\"Huawei\",\"mac\":[\"00:e0:fc:00:00:01\"]}\n{\"id\":\"j2\",\"manufacturer\":\"Cisco\"}\n{\"id\":\"j3\",\"mac\":\"not-a-mac\"}\n{not json\n";
        foreach (var (content, name, type, accepted, rejectedLines) in new (string, string, string, int, int[])[]
                 {
                     (tsv, "week.tsv", "text/tab-separated-values", 3, [4]),
                     (jsonl, "netbox.jsonl", "application/x-ndjson", 2, [3, 4]),
                 })
        {
            using var body = new StringContent(content, Encoding.UTF8, type);
            var upload = await (await analyst.PostAsync($"/api/v1/imports?file_name={name}&assess=us-fcc-covered-list&as_of=2026-06-30", body)).Json(HttpStatusCode.Accepted);
            Assert.Equal("succeeded", (await analyst.WaitForJob(upload.GetProperty("job_id").GetInt64())).GetProperty("state").GetString());
            var import = await analyst.GetJson($"/api/v1/imports/{upload.GetProperty("import").GetProperty("id").GetInt64()}");
            var records = import.GetProperty("records");
            Assert.Equal(accepted, records.GetProperty("accepted").GetInt64());
            Assert.Equal(accepted + rejectedLines.Length, records.GetProperty("read").GetInt64());
            var rejections = await analyst.GetJson($"/api/v1/imports/{import.GetProperty("id").GetInt64()}/rejections?format=json");
            Assert.Equal(rejectedLines, rejections.GetProperty("rejections").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()));
            Assert.All(rejections.GetProperty("rejections").EnumerateArray(), r => Assert.Equal(name, r.GetProperty("file").GetString()));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_job_cancelled_while_it_runs_ends_cancelled_and_leaves_no_assets_or_findings(string engine)
    {
        // A short lease: the worker looks for a cancel request every tenth of a second.
        await using var host = await ServerHost.StartAsync(engine, new Dictionary<string, string?> { ["NetOrigin:JobLeaseSeconds"] = "0.6" });
        using var analyst = host.Client("a", Role.Analyst);
        var upload = await analyst.Upload(LargeInventory.Value, "large.csv", "us-fcc-covered-list");
        var jobId = upload.GetProperty("job_id").GetInt64();
        var importId = upload.GetProperty("import").GetProperty("id").GetInt64();
        var runId = upload.GetProperty("run").GetProperty("id").GetInt64();
        for (var i = 0; i < 3000 && (await analyst.GetJson($"/api/v1/jobs/{jobId}")).GetProperty("state").GetString() == "queued"; i++)
        {
            await Task.Delay(20);
        }

        var asked = await (await analyst.PostAsJsonAsync($"/api/v1/jobs/{jobId}/cancel", new { })).Json(HttpStatusCode.OK);
        Assert.Equal("running", asked.GetProperty("state").GetString());
        var job = await analyst.WaitForJob(jobId);
        Assert.Equal("cancelled", job.GetProperty("state").GetString());

        Assert.Equal("cancelled", (await analyst.GetJson($"/api/v1/imports/{importId}")).GetProperty("state").GetString());
        Assert.Equal("cancelled", (await analyst.GetJson($"/api/v1/runs/{runId}")).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await analyst.GetAsync($"/api/v1/runs/{runId}/findings")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await analyst.GetAsync($"/api/v1/imports/{importId}/assets")).StatusCode);
        await using var store = Database.Open(host.Database, host.DataDir);
        await using var session = await store.ReadAsync();
        var tenant = await session.ScalarAsync<long>("SELECT tenant_id FROM runs WHERE run_id = @run", ("run", runId));
        foreach (var (table, owner) in new[] { (store.Dialect.Findings, runId), (store.Dialect.Assets, importId) })
        {
            Assert.Equal(0, await session.ScalarAsync<long>($"SELECT count(*) FROM {table.Name} t WHERE {table.Range("t")}", ("tenant", tenant), ("owner", owner), ("after", 0L), ("upto", SqlDialect.MaxRowsPerRun)));
        }
        Assert.Contains((await analyst.GetJson("/api/v1/jobs")).GetProperty("items").EnumerateArray(), j => j.GetProperty("id").GetInt64() == jobId);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_token_is_shown_once_kept_only_as_a_hash_and_refused_once_revoked(string engine)
    {
        var host = await servers.For(engine);
        using var admin = host.Client("a", Role.Admin);
        var user = await (await admin.PostAsJsonAsync("/api/v1/users", new { name = "once-" + Guid.NewGuid().ToString("N")[..6], role = "viewer" })).Json(HttpStatusCode.Created);
        var issued = await (await admin.PostAsJsonAsync($"/api/v1/users/{user.GetProperty("id").GetInt64()}/tokens", new { name = "ci" })).Json(HttpStatusCode.Created);
        var secret = issued.GetProperty("secret").GetString()!;
        var tokenId = issued.GetProperty("token").GetProperty("id").GetInt64();
        var secretPart = secret.Split('_', 4)[3];

        var listed = (await (await admin.GetAsync("/api/v1/tokens")).Content.ReadAsStringAsync());
        Assert.Contains($"\"id\":{tokenId},", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secretPart, listed, StringComparison.Ordinal);

        await using (var store = Database.Open(host.Database, host.DataDir))
        await using (var session = await store.ReadAsync())
        {
            var hash = await session.ScalarAsync<byte[]>("SELECT secret_hash FROM api_tokens WHERE token_id = @id", ("id", tokenId));
            var raw = Convert.FromBase64String(secretPart.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (secretPart.Length % 4)) % 4));
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(raw), hash);
            Assert.NotEqual(raw, hash);
        }

        using (var holder = host.Client(secret))
        {
            Assert.Equal(HttpStatusCode.OK, (await holder.GetAsync("/api/v1/me")).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/tokens/{tokenId}")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await holder.GetAsync("/api/v1/me")).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Invalid_requests_answer_problem_details_naming_the_field(string engine)
    {
        var host = await servers.For(engine);
        using var analyst = host.Client("a", Role.Analyst);
        using (var body = new StringContent("id\nx\n", Encoding.UTF8, "text/csv"))
        {
            await AssertNamesField(await analyst.PostAsync("/api/v1/imports?file_name=x.csv&format=xml", body), "format", "xml");
        }

        using (var body = new StringContent("id\nx\n", Encoding.UTF8, "text/csv"))
        {
            await AssertNamesField(await analyst.PostAsync("/api/v1/imports?file_name=x.csv&assess=no-such-pack", body), "packs", "no-such-pack");
        }

        var importId = (await analyst.Upload("id,manufacturer\np1,Huawei\n", "p.csv")).GetProperty("import").GetProperty("id").GetInt64();
        await AssertNamesField(await analyst.PostAsJsonAsync("/api/v1/runs", new { import_id = importId, packs = new[] { "us-fcc-covered-list" }, as_of = "30/06/2026" }), "as_of", "as_of");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Migrations_are_applied_in_order_once_and_recorded(string engine)
    {
        var dataDir = Scratch.Directory();
        await using var store = Database.Open(TestDatabases.Create(engine, dataDir), dataDir);
        var expected = Migrator.For(store.Engine);
        Assert.Equal(expected.Count, (await Migrator.MigrateAsync(store, TimeProvider.System)).Count);
        Assert.Empty(await Migrator.MigrateAsync(store, TimeProvider.System));
        await using var session = await store.ReadAsync();
        var recorded = await session.QueryAsync("SELECT version, name FROM schema_version ORDER BY version", r => (r.GetInt64(0), r.GetString(1)));
        Assert.Equal(expected.Select(m => ((long)m.Version, m.Name)), recorded);
        if (store.Engine == DatabaseEngine.Sqlite)
        {
            Assert.Equal("wal", await session.ScalarAsync<string>("PRAGMA journal_mode"));
        }
    }

    private static async Task AssertNamesField(HttpResponseMessage response, string field, string value)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Json(HttpStatusCode.BadRequest);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"the problem does not name '{field}': {problem}");
        Assert.Contains(value, messages[0].GetString(), StringComparison.Ordinal);
    }
}
