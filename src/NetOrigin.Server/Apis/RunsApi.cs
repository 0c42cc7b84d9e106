using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NetOrigin.Policies;
using NetOrigin.Server.Auth;
using NetOrigin.Server.Jobs;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.History;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Server.Apis;

/// <summary>Assessment runs and their findings: keyset pages with filters, one finding with its evidence, exports.</summary>
public static class RunsApi
{
    public static RouteGroupBuilder MapRunsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/runs").WithTags("Runs and findings");
        group.MapPost("/", RequestAsync).WithName("StartAssessment").WithSummary("Assess a stored import against policy packs as of a date (a durable job)").RequireAuthorization(Permission.Import.Policy());
        group.MapGet("/", ListAsync).WithName("ListRuns").WithSummary("The tenant's runs, newest first").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{runId:long}", GetAsync).WithName("GetRun").WithSummary("One run: packs and versions, reference data, tool version, and its report (records, summary, sources)").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{runId:long}/findings", FindingsAsync).WithName("ListFindings").WithSummary("Findings, filtered by pack, status, site, maker and deadline; keyset pages (after = the last id seen)").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{runId:long}/findings/{findingId:long}", FindingAsync).WithName("GetFinding").WithSummary("One finding with its full structured evidence and the sources it cites").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{runId:long}/export", ExportAsync).WithName("ExportFindings").WithSummary("All findings (filters as for the list) as JSON (the assess --format json report) or CSV (formula-safe), streamed").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{runId:long}/changes", ChangesAsync).WithName("GetRunChanges").WithSummary("What changed since the run this one re-assessed (a reference-data update) or an earlier run (?since=)").RequireAuthorization(Permission.Read.Policy());
        api.MapPost("/reassessments", ReassessAsync).WithTags("Runs and findings").WithName("Reassess").WithSummary("Re-assess the tenant's latest import with the current reference data, as a data update does").RequireAuthorization(Permission.Administer.Policy());
        return group;
    }

    /// <summary>Pack ids as the shipped reference data knows them; a problem naming the first unknown one.</summary>
    internal static (List<PackVersion>? Packs, ProblemHttpResult? Problem) ResolvePacks(ReferenceSnapshot reference, IEnumerable<string> ids)
    {
        var packs = new List<PackVersion>();
        foreach (var id in ids)
        {
            if (!reference.Data.PackIds.Contains(id, StringComparer.Ordinal))
            {
                return (null, ApiResults.Invalid("packs", $"no policy pack '{id}'; shipped packs: {string.Join(", ", reference.Data.PackIds)}"));
            }

            var pack = reference.Data.Pack(id);
            packs.Add(new PackVersion(pack.Id, pack.Version, pack.Title));
        }

        if (packs.Count == 0)
        {
            return (null, ApiResults.Invalid("packs", "name at least one policy pack"));
        }

        return packs.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1) is { } twice
            ? (null, ApiResults.Invalid("packs", $"pack '{twice.Key}' is named twice"))
            : (packs, null);
    }

    private static async Task<Results<Accepted<AcceptedResponse>, ProblemHttpResult>> RequestAsync(RunRequest request, ClaimsPrincipal user, Runs runs, ReferenceSnapshot reference, JobSignal signal, CancellationToken cancellationToken)
    {
        var (packs, problem) = ResolvePacks(reference, request.Packs ?? ["us-fcc-covered-list"]);
        if (problem is not null)
        {
            return problem;
        }

        var run = await runs.RequestAsync(user.Principal(), request.ImportId, new AssessRequest(packs!, request.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow)), ReferenceSnapshot.ToolVersion, cancellationToken);
        if (run is null)
        {
            return ApiResults.NotFound($"import {request.ImportId}");
        }

        signal.Notify();
        return TypedResults.Accepted($"/api/v1/jobs/{run.JobId}", new AcceptedResponse(null, RunResponse.From(run), run.JobId));
    }

    private static async Task<Ok<Page<RunResponse>>> ListAsync(ClaimsPrincipal user, Runs runs, [FromQuery(Name = "import_id")] long? importId, long? before, int? limit, CancellationToken cancellationToken)
    {
        var size = ApiResults.Limit(limit);
        var rows = await runs.ListAsync(user.Principal().TenantId, importId, before, size, cancellationToken);
        return TypedResults.Ok(new Page<RunResponse>(rows.Select(r => RunResponse.From(r, withReport: false)).ToList(), rows.Count == size ? rows[^1].Id.ToString(CultureInfo.InvariantCulture) : null));
    }

    private static async Task<Results<Ok<RunResponse>, ProblemHttpResult>> GetAsync(long runId, ClaimsPrincipal user, Runs runs, CancellationToken cancellationToken) =>
        await runs.GetAsync(user.Principal().TenantId, runId, cancellationToken) is { } run
            ? TypedResults.Ok(RunResponse.From(run))
            : ApiResults.NotFound($"run {runId}");

    /// <summary>A complete run of the tenant, or the problem why not.</summary>
    internal static async Task<(RunRecord? Run, ImportRecord? Import, IResult? Problem)> CompleteRunAsync(long runId, ClaimsPrincipal user, Runs runs, Imports imports, CancellationToken cancellationToken)
    {
        var tenant = user.Principal().TenantId;
        if (await runs.GetAsync(tenant, runId, cancellationToken) is not { } run)
        {
            return (null, null, ApiResults.NotFound($"run {runId}"));
        }

        if (!run.IsComplete)
        {
            return (null, null, ApiResults.Conflict($"run {runId} is {run.State}; its findings are visible once it is complete"));
        }

        return (run, await imports.GetAsync(tenant, run.ImportId, cancellationToken), null);
    }

    /// <summary>The findings filter of a query (pack ids, statuses, comma-separated); a problem naming the field when a value is unknown.</summary>
    internal static (FindingFilter? Filter, ProblemHttpResult? Problem) Filter(RunRecord run, string? pack, string? status, string? site, string? maker, DateOnly? deadlineBefore)
    {
        var packs = new List<int>();
        foreach (var id in (pack ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var index = run.Packs.Select(p => p.Id).ToList().IndexOf(id);
            if (index < 0)
            {
                return (null, ApiResults.Invalid("pack", $"run {run.Id} did not assess pack '{id}'; it assessed {string.Join(", ", run.Packs.Select(p => p.Id))}"));
            }

            packs.Add(index);
        }

        var statuses = new List<FindingStatus>();
        foreach (var name in (status ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!FindingStatusNames.TryParse(name, out var parsed))
            {
                return (null, ApiResults.Invalid("status", $"status '{name}' is not one of violation, action_required, unknown, waived, exempt, compliant"));
            }

            statuses.Add(parsed);
        }

        return (new FindingFilter(packs, statuses, site, maker, deadlineBefore), null);
    }

    private static async Task<IResult> FindingsAsync(
        long runId, ClaimsPrincipal user, Runs runs, Imports imports, Findings findings,
        string? pack, string? status, string? site, string? maker, [FromQuery(Name = "deadline_before")] DateOnly? deadlineBefore, long? after, int? limit, CancellationToken cancellationToken)
    {
        var (run, import, problem) = await CompleteRunAsync(runId, user, runs, imports, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (filter, invalid) = Filter(run!, pack, status, site, maker, deadlineBefore);
        if (invalid is not null)
        {
            return invalid;
        }

        var size = ApiResults.Limit(limit);
        var page = await findings.PageAsync(run!, filter!, after ?? 0, size, cancellationToken);
        return new StreamedJson((json, _) =>
        {
            json.WriteStartObject();
            json.WriteNumber("run", runId);
            json.WriteStartArray("findings");
            foreach (var finding in page)
            {
                findings.WriteJson(json, run!, import!.FileName, finding);
            }

            json.WriteEndArray();
            if (page.Count == size)
            {
                json.WriteString("next", page[^1].FindingNo.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("next");
            }

            json.WriteEndObject();
            return Task.CompletedTask;
        });
    }

    private static async Task<IResult> FindingAsync(long runId, long findingId, ClaimsPrincipal user, Runs runs, Imports imports, Findings findings, CancellationToken cancellationToken)
    {
        var (run, import, problem) = await CompleteRunAsync(runId, user, runs, imports, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (await findings.GetAsync(run!, findingId, cancellationToken) is not { } finding)
        {
            return ApiResults.NotFound($"finding {findingId} of run {runId}");
        }

        var cited = findings.CitedSources(run!.TenantId, finding);
        return new StreamedJson((json, _) =>
        {
            json.WriteStartObject();
            json.WriteNumber("run", runId);
            json.WriteString("as_of", run.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WritePropertyName("finding");
            findings.WriteJson(json, run, import!.FileName, finding);
            json.WriteStartObject("sources");
            foreach (var (id, source) in CitedSources(run, cited))
            {
                json.WritePropertyName(id);
                source.WriteTo(json);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            return Task.CompletedTask;
        });
    }

    /// <summary>The sources of the run's report that <paramref name="cited"/> names, in the report's order.</summary>
    internal static List<(string Id, JsonElement Source)> CitedSources(RunRecord run, IReadOnlySet<string> cited)
    {
        if (run.Report is null)
        {
            return [];
        }

        using var report = JsonDocument.Parse(run.Report);
        return report.RootElement.TryGetProperty("sources", out var sources)
            ? sources.EnumerateObject().Where(s => cited.Contains(s.Name)).Select(s => (s.Name, s.Value.Clone())).ToList()
            : [];
    }

    private static async Task<IResult> ExportAsync(
        long runId, ClaimsPrincipal user, Runs runs, Imports imports, Findings findings,
        string? format, string? pack, string? status, string? site, string? maker, [FromQuery(Name = "deadline_before")] DateOnly? deadlineBefore, CancellationToken cancellationToken)
    {
        var (run, import, problem) = await CompleteRunAsync(runId, user, runs, imports, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (filter, invalid) = Filter(run!, pack, status, site, maker, deadlineBefore);
        if (invalid is not null)
        {
            return invalid;
        }

        if (format is "csv")
        {
            return TypedResults.Stream(
                async stream =>
                {
                    await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
                    await writer.WriteAsync(Findings.CsvHeader);
                    await foreach (var finding in findings.StreamAsync(run!, filter!, cancellationToken))
                    {
                        await writer.WriteAsync(findings.CsvRow(run!, import!.FileName, finding));
                    }
                },
                "text/csv; charset=utf-8",
                $"run-{runId}-findings.csv");
        }

        if (format is not (null or "json"))
        {
            return ApiResults.Invalid("format", $"format '{format}' is not one of json, csv");
        }

        return new StreamedJson(
            async (json, flush) =>
            {
                // The assess --format json report: its header, the findings as they stream, then its totals.
                using var report = JsonDocument.Parse(run!.Report ?? "{}");
                json.WriteStartObject();
                foreach (var property in report.RootElement.EnumerateObject().TakeWhile(p => p.Name != "findings"))
                {
                    property.WriteTo(json);
                }

                json.WriteStartArray("findings");
                var n = 0;
                await foreach (var finding in findings.StreamAsync(run, filter!, cancellationToken))
                {
                    findings.WriteJson(json, run, import!.FileName, finding);
                    if (++n % 500 == 0)
                    {
                        await flush();
                    }
                }

                json.WriteEndArray();
                foreach (var property in report.RootElement.EnumerateObject().SkipWhile(p => p.Name != "findings").Skip(1))
                {
                    property.WriteTo(json);
                }

                json.WriteEndObject();
            },
            $"run-{runId}-findings.json");
    }

    private static async Task<IResult> ChangesAsync(long runId, long? since, ClaimsPrincipal user, Runs runs, RunComparison comparison, string? change, string? pack, CancellationToken cancellationToken)
    {
        var tenant = user.Principal().TenantId;
        if (await runs.GetAsync(tenant, runId, cancellationToken) is not { } run)
        {
            return ApiResults.NotFound($"run {runId}");
        }

        var fromId = since ?? run.PreviousRunId;
        if (fromId is null)
        {
            return ApiResults.Invalid("since", $"run {runId} re-assessed no earlier run; name one with ?since=RUN");
        }

        return await ComparisonsApi.CompareAsync(fromId.Value, runId, user, runs, comparison, change, pack, cancellationToken);
    }

    private static async Task<Results<Accepted<AcceptedResponse>, ProblemHttpResult>> ReassessAsync(ClaimsPrincipal user, Reassessment reassessment, JobSignal signal, CancellationToken cancellationToken)
    {
        var run = await reassessment.RequestAsync(user.Principal(), cancellationToken);
        if (run is null)
        {
            return ApiResults.Conflict("the tenant has no complete import and run to re-assess");
        }

        signal.Notify();
        return TypedResults.Accepted($"/api/v1/jobs/{run.JobId}", new AcceptedResponse(null, RunResponse.From(run), run.JobId));
    }
}
