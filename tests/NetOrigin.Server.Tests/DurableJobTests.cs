using NetOrigin.Storage.Sql;

namespace NetOrigin.Server.Tests;

/// <summary>
/// Durable jobs with real server processes: killed mid-job (kill -9), a job is taken over — on PostgreSQL by the
/// other server sharing the queue, on SQLite by the server started again — and finishes exactly once; nothing an
/// interrupted attempt wrote is ever visible.
/// </summary>
public sealed class DurableJobTests
{
    private static readonly Lazy<string> Inventory = new(() =>
    {
        var path = Path.Combine(Scratch.Directory(), "inventory.csv");
        var (exit, output) = ServerProcess.Run("sample", "--assets", "40000", "--seed", "7", "--out", path);
        Assert.True(exit == 0, output);
        return File.ReadAllText(path);
    });

    private static readonly string[] FastLeases = ["JobLeaseSeconds=3", "JobPollSeconds=0.2"];

    [Fact]
    public async Task Two_servers_on_one_postgres_share_the_queue_and_a_killed_servers_job_finishes_once_on_the_other()
    {
        var dataDir = Scratch.Directory();
        var database = TestDatabases.Create("postgres", dataDir);
        using var first = await ServerProcess.StartAsync(database, Scratch.Directory(), FastLeases);
        using var second = await ServerProcess.StartAsync(database, Scratch.Directory(), FastLeases);
        var token = first.FirstToken ?? second.FirstToken ?? throw new InvalidOperationException("no first token printed");
        using var client = first.Client(token);
        var jobs = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            jobs.Add((await client.Upload(Inventory.Value, $"week{i}.csv", "us-fcc-covered-list")).GetProperty("job_id").GetInt64());
        }

        // Kill whichever of the two holds a job that is under way.
        var (killed, victim) = await RunningJobAsync(client, jobs, [first, second]);
        victim.KillHard();
        var survivor = victim == first ? second : first;
        using var other = survivor.Client(token);
        foreach (var job in jobs)
        {
            Assert.Equal("succeeded", (await other.WaitForJob(job, 600)).GetProperty("state").GetString());
        }

        var killedJob = await other.GetJson($"/api/v1/jobs/{killed}");
        Assert.Equal(2, killedJob.GetProperty("attempts").GetInt32());
        Assert.Contains($":{victim.Pid}:", killedJob.GetProperty("note").GetString());
        await AssertEachRunWrittenOnceAsync(database, other, jobs);
    }

    [Fact]
    public async Task A_job_cut_off_by_kill_9_on_sqlite_stays_invisible_and_resumes_when_the_server_starts_again()
    {
        var dataDir = Scratch.Directory();
        var database = "sqlite:" + Path.Combine(dataDir, "netorigin.db");
        long job;
        string token;
        using (var server = await ServerProcess.StartAsync(database, dataDir, FastLeases))
        {
            token = server.FirstToken!;
            using var client = server.Client(token);
            job = (await client.Upload(Inventory.Value, "week.csv", "us-fcc-covered-list")).GetProperty("job_id").GetInt64();
            await RunningJobAsync(client, [job], [server]);
            server.KillHard();
        }

        await using (var store = Database.Open(database, dataDir))
        await using (var session = await store.ReadAsync())
        {
            Assert.Equal("running", await session.ScalarAsync<string>("SELECT state FROM runs WHERE job_id = @job", ("job", job)));
            Assert.Equal("running", await session.ScalarAsync<string>("SELECT state FROM imports WHERE job_id = @job", ("job", job)));
        }

        using (var server = await ServerProcess.StartAsync(database, dataDir, FastLeases))
        {
            using var client = server.Client(token);
            var done = await client.WaitForJob(job, 600);
            Assert.Equal("succeeded", done.GetProperty("state").GetString());
            Assert.Equal(2, done.GetProperty("attempts").GetInt32());
            await AssertEachRunWrittenOnceAsync(database, client, [job]);

            // `netorigin serve` hosts the web pages too, not only the API (the server assembly is not its entry assembly).
            using var browser = new HttpClient { BaseAddress = server.Address };
            var signIn = await browser.GetAsync("/signin");
            Assert.Equal(System.Net.HttpStatusCode.OK, signIn.StatusCode);
            Assert.Contains("API token", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    /// <summary>Waits (bounded) until one of the jobs is running with records done; returns it and the server holding it.</summary>
    private static async Task<(long Job, ServerProcess Holder)> RunningJobAsync(HttpClient client, List<long> jobs, ServerProcess[] servers)
    {
        for (var i = 0; i < 6000; i++)
        {
            foreach (var id in jobs)
            {
                var job = await client.GetJson($"/api/v1/jobs/{id}");
                if (job.GetProperty("state").GetString() == "running" && job.GetProperty("progress").GetProperty("records_done").GetInt64() > 0
                    && job.GetProperty("lease_owner").GetString() is { } owner
                    && servers.FirstOrDefault(s => owner.Contains($":{s.Pid}:", StringComparison.Ordinal)) is { } holder)
                {
                    return (id, holder);
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("no job got under way");
    }

    /// <summary>Every run has exactly one finding per accepted asset (one pack): no attempt's rows were left or doubled.</summary>
    private static async Task AssertEachRunWrittenOnceAsync(string database, HttpClient client, List<long> jobs)
    {
        var runs = (await client.GetJson("/api/v1/runs?limit=1000")).GetProperty("items").EnumerateArray().Where(r => jobs.Contains(r.GetProperty("job_id").GetInt64())).ToList();
        Assert.Equal(jobs.Count, runs.Count);
        await using var store = Database.Open(database, Scratch.Directory());
        await using var session = await store.ReadAsync();
        foreach (var run in runs)
        {
            var import = await client.GetJson($"/api/v1/imports/{run.GetProperty("import_id").GetInt64()}");
            var accepted = import.GetProperty("records").GetProperty("accepted").GetInt64();
            var runId = run.GetProperty("id").GetInt64();
            var table = store.Dialect.Findings;
            var findings = await session.ScalarAsync<long>($"SELECT count(*) FROM findings f WHERE {table.Range("f")}", ("tenant", await TenantOf(session, runId)), ("owner", runId), ("after", 0L), ("upto", SqlDialect.MaxRowsPerRun));
            Assert.Equal(accepted, findings);
            Assert.Equal(accepted, (await client.GetJson($"/api/v1/runs/{runId}")).GetProperty("report").GetProperty("records").GetProperty("accepted").GetInt64());
        }
    }

    private static async Task<long> TenantOf(DbSession session, long runId) =>
        await session.ScalarAsync<long>("SELECT tenant_id FROM runs WHERE run_id = @run", ("run", runId));
}
