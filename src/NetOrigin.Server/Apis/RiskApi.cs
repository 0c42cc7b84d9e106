using System.Security.Claims;
using NetOrigin.Risk.Exposure;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Risk;

namespace NetOrigin.Server.Apis;

/// <summary>
/// Risk and cut-off exposure of a stored run: the JSON of <c>netorigin risk --format json</c> and
/// <c>netorigin exposure --format json</c> (docs/risk-output.md), made by the same engine from the run's import, kept once made (the
/// default model's risk when the run completes).
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

    private static async Task<IResult> RiskAsync(long runId, string? model, ClaimsPrincipal user, Runs runs, Imports imports, RunAnalysis analysis, StoredAnalyses stored, CancellationToken cancellationToken)
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

        return await KeptAsync(stored, AnalysisKey.Risk(run!, riskModel.Id), $"run-{runId}-risk.json", () => stored.MakeRiskAsync(run!, import!, riskModel, cancellationToken), cancellationToken);
    }

    private static async Task<IResult> ExposureAsync(long runId, string? cut, ClaimsPrincipal user, Runs runs, Imports imports, RunAnalysis analysis, StoredAnalyses stored, CancellationToken cancellationToken)
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

        return await KeptAsync(stored, AnalysisKey.Exposure(run!, cuts), $"run-{runId}-exposure.json", () => stored.MakeExposureAsync(run!, import!, cuts, cancellationToken), cancellationToken);
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
    /// The kept analysis, read part by part; or, the first time it is asked for, made (written whole to scratch
    /// before a byte is sent, so a failure is still a problem response), kept, then sent from scratch.
    /// </summary>
    private static async Task<IResult> KeptAsync(StoredAnalyses stored, AnalysisKey key, string downloadName, Func<Task<MadeAnalysis>> make, CancellationToken cancellationToken)
    {
        if (await stored.PageAsync(key, cancellationToken) is not null)
        {
            return TypedResults.Stream(stored.OpenReport(key), "application/json; charset=utf-8", downloadName);
        }

        var made = await make();
        try
        {
            await stored.KeepAsync(made, cancellationToken);
            return TypedResults.Stream(made.Report, "application/json; charset=utf-8", downloadName);
        }
        catch
        {
            await made.DisposeAsync();
            throw;
        }
    }
}
