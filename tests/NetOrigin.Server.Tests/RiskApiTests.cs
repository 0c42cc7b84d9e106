using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NetOrigin.Risk;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Risk;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Server.Tests;

/// <summary>
/// Risk and cut-off exposure of a stored run through the API, on both engines: the JSON is what
/// <c>netorigin risk</c> and <c>netorigin exposure</c> write for the same file and date, and bad requests are
/// problems that name the field (an unknown cut with the nearest names, as the command says).
/// </summary>
public sealed class RiskApiTests(ServersFixture servers) : IClassFixture<ServersFixture>
{
    private const string AsOf = "2026-06-30";

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task The_risk_of_a_stored_run_is_the_risk_report_of_its_file(string engine)
    {
        var host = await servers.For(engine);
        using var viewer = host.Client("a", Role.Viewer);
        var runId = await StoredRun(host);
        var served = await viewer.GetJson($"/api/v1/runs/{runId}/risk");
        AssertSameReport(Cli("risk", "regional-carrier.csv", "--format", "json", "--as-of", AsOf), served);
        Assert.True(served.GetProperty("assets").GetArrayLength() > 1900);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task The_exposure_of_a_stored_run_to_a_cut_is_the_exposure_report_of_its_file(string engine)
    {
        var host = await servers.For(engine);
        using var viewer = host.Client("a", Role.Viewer);
        var runId = await StoredRun(host);
        foreach (var cut in new[] { "Starlink", "country:CN", "Starlink,Qianfan" })
        {
            var served = await viewer.GetJson($"/api/v1/runs/{runId}/exposure?cut={Uri.EscapeDataString(cut)}");
            AssertSameReport(Cli("exposure", "regional-carrier.csv", "--cut", cut, "--format", "json", "--as-of", AsOf), served);
        }

        // Made on the first request and kept: the second reads the kept report, the same JSON.
        var url = $"/api/v1/runs/{runId}/exposure?cut=country:CN";
        Assert.Equal(await viewer.GetStringAsync(url), await viewer.GetStringAsync(url));
        var (tenant, _) = await TenantsAsync(host, runId);
        Assert.NotNull(await host.Services.GetRequiredService<StoredAnalyses>().PageAsync(new AnalysisKey(tenant, runId, "exposure", "country:CN"), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task The_risk_kept_when_a_run_completes_is_the_analysis_made_on_request_and_no_other_tenant_reads_it(string engine)
    {
        var host = await servers.For(engine);
        using var viewer = host.Client("a", Role.Viewer);
        var runId = await StoredRun(host);
        var (tenant, other) = await TenantsAsync(host, runId);
        var stored = host.Services.GetRequiredService<StoredAnalyses>();
        var key = new AnalysisKey(tenant, runId, "risk", RiskModel.DefaultId);
        Assert.NotNull(await stored.PageAsync(key, CancellationToken.None));

        var run = (await host.Services.GetRequiredService<Runs>().GetAsync(tenant, runId))!;
        var import = (await host.Services.GetRequiredService<Imports>().GetAsync(tenant, run.ImportId))!;
        var model = host.Services.GetRequiredService<RunAnalysis>().Model(RiskModel.DefaultId)!;
        await using var made = await stored.MakeRiskAsync(run, import, model, CancellationToken.None);
        Assert.Equal(await new StreamReader(made.Report).ReadToEndAsync(), await viewer.GetStringAsync($"/api/v1/runs/{runId}/risk"));

        using var stranger = host.Client("b", Role.Viewer);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/runs/{runId}/risk")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/runs/{runId}/exposure?cut=Starlink")).StatusCode);
        Assert.Null(await stored.PageAsync(key with { TenantId = other }, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task An_unknown_cut_or_model_is_a_problem_naming_the_field_and_the_names_there_are(string engine)
    {
        var host = await servers.For(engine);
        using var viewer = host.Client("a", Role.Viewer);
        var runId = await StoredRun(host);

        var cut = await (await viewer.GetAsync($"/api/v1/runs/{runId}/exposure?cut=Starlnk")).Json(HttpStatusCode.BadRequest);
        var cutMessage = cut.GetProperty("errors").GetProperty("cut")[0].GetString()!;
        Assert.Contains("'Starlnk'", cutMessage, StringComparison.Ordinal);
        Assert.Contains("nearest names: Starlink (spacex)", cutMessage, StringComparison.Ordinal);
        Assert.Equal(cutMessage, cut.GetProperty("detail").GetString());

        var missing = await (await viewer.GetAsync($"/api/v1/runs/{runId}/exposure")).Json(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("cut", out _));

        var model = await (await viewer.GetAsync($"/api/v1/runs/{runId}/risk?model=no-such-model")).Json(HttpStatusCode.BadRequest);
        Assert.Contains("shipped models: netorigin-default", model.GetProperty("errors").GetProperty("model")[0].GetString()!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/runs/{runId}/risk?model=netorigin-default")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/api/v1/runs/99999999/risk")).StatusCode);
    }

    /// <summary>The sample imported, stored, then assessed from the store (the path the round trip must keep).</summary>
    private static async Task<long> StoredRun(ServerHost host)
    {
        using var analyst = host.Client("a", Role.Analyst);
        var accepted = await analyst.Upload(Api.Sample, "regional-carrier.csv");
        await analyst.WaitForJob(accepted.GetProperty("job_id").GetInt64());
        return await analyst.Assess(accepted.GetProperty("import").GetProperty("id").GetInt64(), AsOf, "us-fcc-covered-list");
    }

    /// <summary>The tenant of the run, and another tenant.</summary>
    private static async Task<(long Tenant, long Other)> TenantsAsync(ServerHost host, long runId)
    {
        await using var session = await host.Services.GetRequiredService<Database>().ReadAsync();
        var tenant = await session.ScalarAsync<long>("SELECT tenant_id FROM runs WHERE run_id = @run", ("run", runId));
        return (tenant, await session.ScalarAsync<long>("SELECT MIN(tenant_id) FROM tenants WHERE tenant_id <> @tenant", ("tenant", tenant)));
    }

    /// <summary>The command's JSON, run as a real process on a copy of the sample under the same file name.</summary>
    private static JsonElement Cli(params string[] args)
    {
        var directory = Scratch.Directory();
        File.WriteAllText(Path.Combine(directory, "regional-carrier.csv"), Api.Sample);
        var (exitCode, output, errors) = ServerProcess.RunIn(directory, [.. args, "--data", ServerHost.RepositoryData]);
        Assert.True(exitCode == 0, $"netorigin {string.Join(' ', args)} exited {exitCode}: {errors}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static void AssertSameReport(JsonElement expected, JsonElement served)
    {
        Assert.Equal(expected.EnumerateObject().Select(p => p.Name), served.EnumerateObject().Select(p => p.Name));
        foreach (var part in expected.EnumerateObject())
        {
            Assert.Equal(part.Value.GetRawText(), served.GetProperty(part.Name).GetRawText());
        }
    }
}
