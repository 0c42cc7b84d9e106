using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NetOrigin.Planning;
using NetOrigin.Planning.Inputs;
using NetOrigin.Planning.Progress;
using NetOrigin.Planning.Reports;
using NetOrigin.ReferenceData;
using NetOrigin.Server.Auth;
using NetOrigin.Server.Jobs;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Planning;

namespace NetOrigin.Server.Apis;

/// <summary>
/// Replacement plans from assessment runs (durable jobs, as `netorigin plan`), the progress of their tasks (each
/// step an audit-log entry), re-planning from the current state, and the regulator reports of each plan.
/// </summary>
public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/plans").WithTags("Plans and progress");
        group.MapPost("/", RequestAsync).WithName("RequestPlan").WithSummary("Plan the replacement of a complete run's covered items (budget, crews, dates, catalog overrides; a durable job)").RequireAuthorization(Permission.Plan.Policy());
        group.MapGet("/", ListAsync).WithName("ListPlans").WithSummary("The tenant's plans, newest first (?run_id=)").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{planId:long}", GetAsync).WithName("GetPlan").WithSummary("The plan as `netorigin plan --format json` writes it (once complete)").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{planId:long}/status", StatusAsync).WithName("GetPlanStatus").WithSummary("Where the plan stands: state, solver status, summary, what it was asked with").RequireAuthorization(Permission.Read.Policy());
        group.MapPost("/{planId:long}/replan", ReplanAsync).WithName("Replan").WithSummary("A new plan made as this one was, from a later start and the progress recorded by then (a durable job)").RequireAuthorization(Permission.Plan.Policy());
        group.MapPost("/{planId:long}/tasks/{assetId}/progress", RecordAsync).WithName("RecordProgress").WithSummary("Record a step of an item's replacement: planned, ordered, replaced, removed, disposed or verified, on a date, by you").RequireAuthorization(Permission.Plan.Policy());
        group.MapGet("/{planId:long}/progress", ProgressAsync).WithName("ListProgress").WithSummary("The recorded steps of the plan's items, as JSON or as the progress file (?format=csv)").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{planId:long}/reports/{kind}", ReportAsync).WithName("GetPlanReport").WithSummary("A regulator report of the plan: status-update, supply-chain or uk-share, as HTML (print-ready), CSV or the burn-down SVG (?format=)").RequireAuthorization(Permission.Read.Policy());
        return group;
    }

    private static async Task<Results<Accepted<PlanAcceptedResponse>, ProblemHttpResult>> RequestAsync(PlanRequest request, ClaimsPrincipal user, Plans plans, ReferenceSnapshot reference, JobSignal signal, CancellationToken cancellationToken)
    {
        var (data, problem) = Check(request, reference.Data);
        if (problem is not null)
        {
            return problem;
        }

        var plan = await plans.RequestAsync(user.Principal(), data!, null, cancellationToken);
        if (plan is null)
        {
            return ApiResults.NotFound($"run {request.RunId}");
        }

        signal.Notify();
        return TypedResults.Accepted($"/api/v1/jobs/{plan.JobId}", new PlanAcceptedResponse(PlanResponse.From(plan), plan.JobId));
    }

    /// <summary>The request as stored, or the problem naming the first field at fault (the budget file's line, too).</summary>
    private static (PlanRequestData? Data, ProblemHttpResult? Problem) Check(PlanRequest request, ReferenceDataSet data)
    {
        if (request.Crews is < 0 or > 1000)
        {
            return (null, ApiResults.Invalid("crews", $"crews {request.Crews} must be a whole number from 0 to 1000"));
        }

        if (request.TimeLimit is < 1 or > 3600)
        {
            return (null, ApiResults.Invalid("time_limit", $"time_limit {request.TimeLimit} must be from 1 to 3600 seconds"));
        }

        if (request.Work is <= 0 or > 3600)
        {
            return (null, ApiResults.Invalid("work", $"work {request.Work} must be above 0 and at most 3600 work units"));
        }

        if (request.Workers is < 1 or > 64)
        {
            return (null, ApiResults.Invalid("workers", $"workers {request.Workers} must be from 1 to 64"));
        }

        if (request.Year is < 2000 or > 2100)
        {
            return (null, ApiResults.Invalid("year", $"year {request.Year} must be from 2000 to 2100"));
        }

        if (request.Horizon is { } horizon && request.Start is { } start && horizon <= start)
        {
            return (null, ApiResults.Invalid("horizon", $"the horizon {horizon:yyyy-MM-dd} is not after the start {start:yyyy-MM-dd}"));
        }

        if (request.Risk is not (null or "engine" or "role"))
        {
            return (null, ApiResults.Invalid("risk", $"risk '{request.Risk}' is not one of engine, role"));
        }

        if ((request.WhatIf ?? []).FirstOrDefault(w => !PlanRunOptions.AllWhatIfs.Contains(w)) is { } whatIf)
        {
            return (null, ApiResults.Invalid("what_if", $"what-if '{whatIf}' is not one of {string.Join(", ", PlanRunOptions.AllWhatIfs)}"));
        }

        var budget = Text(request.Budget);
        if (BudgetProblem(budget) is { } badBudget)
        {
            return (null, badBudget);
        }

        string? catalog = null;
        try
        {
            foreach (var role in request.Roles ?? [])
            {
                _ = PlanJobRunner.ParseRole(role);
            }

            if (request.Model is { } model)
            {
                _ = ReferenceDataSet.IsPackId(model) ? data.RiskModel(model) : throw new ReferenceDataException($"risk model '{model}' is not a shipped model id");
            }

            catalog = Text(request.Catalog);
            if (catalog is not null)
            {
                _ = PlanJobRunner.LoadCatalog(data, catalog);
            }
        }
        catch (Exception ex) when (ex is ReferenceDataException or PlanInputException or InvalidDataException or Storage.StorageException)
        {
            var field = ex is Storage.StorageException s ? s.Field : ex.Message.StartsWith("catalog", StringComparison.Ordinal) ? "catalog" : "model";
            return (null, ApiResults.Invalid(field, ex.Message));
        }

        return (new PlanRequestData
        {
            RunId = request.RunId,
            Start = request.Start,
            Horizon = request.Horizon,
            Crews = request.Crews,
            Budget = budget,
            Catalog = catalog,
            Roles = request.Roles,
            Risk = request.Risk,
            Model = request.Model,
            TimeLimit = request.TimeLimit,
            Work = request.Work,
            Workers = request.Workers,
            Seed = request.Seed,
            WhatIf = request.WhatIf,
            Fixes = request.Fixes,
            Filer = request.Filer,
            Year = request.Year,
        }, null);
    }

    /// <summary>The problem with a budget file's text (naming its line), or null when it reads (or there is none).</summary>
    private static ProblemHttpResult? BudgetProblem(string? budget)
    {
        try
        {
            _ = budget is null ? null : PlanConstraintsLoader.Load(new StringReader(budget), "budget");
            return null;
        }
        catch (Exception ex) when (ex is ReferenceDataException or PlanInputException or InvalidDataException)
        {
            return ApiResults.Invalid("budget", ex.Message);
        }
    }

    /// <summary>A file's content given as text, or as JSON (which YAML reads as it is).</summary>
    private static string? Text(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { } json => json.GetRawText(),
    };

    private static async Task<Ok<Page<PlanResponse>>> ListAsync(ClaimsPrincipal user, Plans plans, [FromQuery(Name = "run_id")] long? runId, long? before, int? limit, CancellationToken cancellationToken)
    {
        var size = ApiResults.Limit(limit);
        var rows = await plans.ListAsync(user.Principal().TenantId, runId, before, size, cancellationToken);
        return TypedResults.Ok(new Page<PlanResponse>(rows.Select(PlanResponse.From).ToList(), rows.Count == size ? rows[^1].Id.ToString(CultureInfo.InvariantCulture) : null));
    }

    private static async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> StatusAsync(long planId, ClaimsPrincipal user, Plans plans, CancellationToken cancellationToken) =>
        await plans.GetAsync(user.Principal().TenantId, planId, cancellationToken) is { } plan ? TypedResults.Ok(PlanResponse.From(plan)) : ApiResults.NotFound($"plan {planId}");

    /// <summary>A complete plan of the tenant, or the problem why not.</summary>
    private static async Task<(PlanRecord? Plan, IResult? Problem)> CompletePlanAsync(long planId, ClaimsPrincipal user, Plans plans, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(user.Principal().TenantId, planId, cancellationToken) is not { } plan)
        {
            return (null, ApiResults.NotFound($"plan {planId}"));
        }

        return plan.IsComplete ? (plan, null) : (null, ApiResults.Conflict($"plan {planId} is {plan.State}{(plan.Error is null ? "" : $" ({plan.Error})")}; it is served once complete"));
    }

    private static async Task<IResult> GetAsync(long planId, ClaimsPrincipal user, Plans plans, CancellationToken cancellationToken)
    {
        var (plan, problem) = await CompletePlanAsync(planId, user, plans, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return Results.Text(await plans.DocumentAsync(plan!.TenantId, planId, cancellationToken), "application/json; charset=utf-8");
    }

    private static async Task<Results<Accepted<PlanAcceptedResponse>, ProblemHttpResult>> ReplanAsync(long planId, ReplanRequest? request, ClaimsPrincipal user, Plans plans, JobSignal signal, TimeProvider clock, CancellationToken cancellationToken)
    {
        var start = request?.Start ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (plan, problem) = await QueueReplanAsync(user.Principal(), planId, start, Text(request?.Budget), plans, signal, cancellationToken);
        return problem ?? (Results<Accepted<PlanAcceptedResponse>, ProblemHttpResult>)TypedResults.Accepted($"/api/v1/jobs/{plan!.JobId}", new PlanAcceptedResponse(PlanResponse.From(plan), plan.JobId));
    }

    /// <summary>
    /// Queues a re-plan of a plan of the actor's tenant from <paramref name="start"/>, with a changed budget file
    /// when <paramref name="budget"/> is given (checked as a plan request's): the new plan, or the problem why not.
    /// </summary>
    public static async Task<(PlanRecord? Plan, ProblemHttpResult? Problem)> QueueReplanAsync(Principal actor, long planId, DateOnly start, string? budget, Plans plans, JobSignal signal, CancellationToken cancellationToken)
    {
        if (BudgetProblem(budget) is { } badBudget)
        {
            return (null, badBudget);
        }

        if (await plans.ReplanAsync(actor, planId, start, budget, cancellationToken) is not { } plan)
        {
            return (null, ApiResults.NotFound($"plan {planId}"));
        }

        signal.Notify();
        return (plan, null);
    }

    private static async Task<Results<Created<ProgressStep>, ProblemHttpResult>> RecordAsync(long planId, string assetId, ProgressRequest request, ClaimsPrincipal user, Plans plans, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (step, problem) = await RecordProgressAsync(user.Principal(), planId, assetId, request, plans, clock, cancellationToken);
        return problem ?? (Results<Created<ProgressStep>, ProblemHttpResult>)TypedResults.Created($"/api/v1/plans/{planId}/progress", step!);
    }

    /// <summary>Records a step of a plan item's replacement by the actor (date default today); a problem naming the field, or 404 for an item not in the plan.</summary>
    public static async Task<(ProgressStep? Step, ProblemHttpResult? Problem)> RecordProgressAsync(Principal actor, long planId, string assetId, ProgressRequest request, Plans plans, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!TaskStateNames.TryParse(request.State ?? "", out var state))
        {
            return (null, ApiResults.Invalid("state", $"state '{request.State}' is not one of {TaskStateNames.All}"));
        }

        var date = request.Date ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var step = await plans.RecordAsync(actor, planId, assetId, state, date, request.Cost, request.Note, cancellationToken);
        return step is null ? (null, ApiResults.NotFound($"task {assetId} of plan {planId}")) : (step, null);
    }

    private static async Task<IResult> ProgressAsync(long planId, ClaimsPrincipal user, Plans plans, string? format, CancellationToken cancellationToken)
    {
        if (format is not (null or "json" or "csv"))
        {
            return ApiResults.Invalid("format", $"format '{format}' is not one of json, csv");
        }

        if (await plans.ProgressAsync(user.Principal().TenantId, planId, cancellationToken) is not { } steps)
        {
            return ApiResults.NotFound($"plan {planId}");
        }

        if (format == "csv")
        {
            using var text = new StringWriter();
            ProgressLog.Write(text, steps.Select(Plans.ToEvent));
            return Results.Text(text.ToString(), "text/csv; charset=utf-8");
        }

        return TypedResults.Ok(new { plan = planId, steps });
    }

    private static async Task<IResult> ReportAsync(long planId, string kind, ClaimsPrincipal user, Plans plans, string? format, CancellationToken cancellationToken)
    {
        if (!ReportBuilders.Kinds.Contains(kind))
        {
            return ApiResults.NotFound($"report '{kind}' (one of {string.Join(", ", ReportBuilders.Kinds)})");
        }

        if (format is not (null or "html" or "csv" or "svg"))
        {
            return ApiResults.Invalid("format", $"format '{format}' is not one of html, csv, svg");
        }

        var (plan, problem) = await CompletePlanAsync(planId, user, plans, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (await plans.ReportAsync(plan!.TenantId, planId, kind, cancellationToken) is not { } report)
        {
            return ApiResults.NotFound($"report '{kind}' of plan {planId} (the uk-share report needs a run of uk-huawei-designated-vendor)");
        }

        var (body, type, extension) = format switch
        {
            "csv" => (report.Csv, "text/csv; charset=utf-8", "csv"),
            "svg" => (report.Svg, "image/svg+xml", "svg"),
            _ => (report.Html, "text/html; charset=utf-8", "html"),
        };
        return new Download(body, type, $"plan-{planId}-{kind}.{extension}");
    }

    /// <summary>A report as a file to save or print: the API's content policy would keep a browser from styling it in place.</summary>
    private sealed class Download(string body, string contentType, string fileName) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = contentType;
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            await httpContext.Response.WriteAsync(body, httpContext.RequestAborted);
        }
    }
}
