using System.Security.Claims;
using Microsoft.Extensions.Options;
using NetOrigin.Reports.Risk;
using NetOrigin.Risk.Exposure;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Risk;

namespace NetOrigin.Server.Apis;

/// <summary>
/// Risk and cut-off exposure of a stored run: the JSON of <c>netorigin risk --format json</c> and
/// <c>netorigin exposure --format json</c> (docs/risk-output.md), made by the same engine from the run's import.
/// </summary>
public static class RiskApi
{
    public static RouteGroupBuilder MapRiskApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/runs").WithTags("Risk and exposure");
        group.MapGet("/{runId:long}/risk", RiskAsync).WithName("GetRunRisk")
            .WithSummary("Explained risk scores per asset, supplier, site and network, and concentration by ultimate controller, of a complete run (model = a shipped risk model id)")
            .RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{runId:long}/exposure", ExposureAsync).WithName("GetRunExposure")
            .WithSummary("Which sites and functions of a complete run go dark if a provider, every company under a controller, or a country (country:CC) cuts service; several cuts comma-separated")
            .RequireAuthorization(Permission.Read.Policy());
        return group;
    }

    private static async Task<IResult> RiskAsync(long runId, string? model, ClaimsPrincipal user, Runs runs, Imports imports, RunAnalysis analysis, IOptions<ServerSettings> settings, CancellationToken cancellationToken)
    {
        var (run, import, problem) = await ReadyRunAsync(runId, user, runs, imports, analysis, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var name = model ?? NetOrigin.Risk.RiskModel.DefaultId;
        if (analysis.Model(name) is not { } riskModel)
        {
            return ApiResults.Invalid("model", $"no risk model '{name}'; shipped models: {string.Join(", ", analysis.ModelIds)}");
        }

        return await WrittenToScratchAsync(settings, $"run-{runId}-risk.json", async (output, scratch) =>
        {
            using var json = new RiskJsonWriter(output);
            await analysis.RiskAsync(run!, import!, riskModel, json, scratch, cancellationToken);
        });
    }

    private static async Task<IResult> ExposureAsync(long runId, string? cut, ClaimsPrincipal user, Runs runs, Imports imports, RunAnalysis analysis, IOptions<ServerSettings> settings, CancellationToken cancellationToken)
    {
        var (run, import, problem) = await ReadyRunAsync(runId, user, runs, imports, analysis, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var cuts = new List<CutTarget>();
        foreach (var part in (cut ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                cuts.Add(analysis.ResolveCut(part, run!.AsOf));
            }
            catch (CutTargetException ex)
            {
                return ApiResults.Invalid("cut", ex.Message);
            }
        }

        if (cuts.Count == 0)
        {
            return ApiResults.Invalid("cut", "cut is required: who stops serving (a provider, a controller, or country:CC; several comma-separated)");
        }

        return await WrittenToScratchAsync(settings, $"run-{runId}-exposure.json", async (output, scratch) =>
        {
            using var json = new ExposureJsonWriter(output);
            await analysis.ExposeAsync(run!, import!, cuts, json, scratch, cancellationToken);
        });
    }

    /// <summary>A complete run of the tenant assessed with the reference data the server holds, or the problem why not.</summary>
    private static async Task<(RunRecord? Run, ImportRecord? Import, IResult? Problem)> ReadyRunAsync(long runId, ClaimsPrincipal user, Runs runs, Imports imports, RunAnalysis analysis, CancellationToken cancellationToken)
    {
        var (run, import, problem) = await RunsApi.CompleteRunAsync(runId, user, runs, imports, cancellationToken);
        if (problem is not null)
        {
            return (null, null, problem);
        }

        return analysis.Mismatch(run!) is { } reason ? (null, null, ApiResults.Conflict(reason)) : (run, import, null);
    }

    /// <summary>
    /// The report is written whole to scratch before a byte is sent, so a failure is still a problem response, then
    /// streamed; the scratch file goes when the response has been sent.
    /// </summary>
    private static async Task<IResult> WrittenToScratchAsync(IOptions<ServerSettings> settings, string downloadName, Func<Stream, ScratchDirectory, Task> write)
    {
        var scratch = new ScratchDirectory(Path.Combine(settings.Value.ResolveDataDir(), "scratch"));
        var output = scratch.Create();
        try
        {
            await write(output, scratch);
            output.Position = 0;
            return TypedResults.Stream(output, "application/json; charset=utf-8", downloadName);
        }
        catch
        {
            await output.DisposeAsync();
            throw;
        }
    }
}
