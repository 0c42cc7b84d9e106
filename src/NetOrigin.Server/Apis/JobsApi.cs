using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Server.Apis;

/// <summary>Durable jobs: progress (phase, records done of total, bytes, rejects so far) and cancel.</summary>
public static class JobsApi
{
    public static RouteGroupBuilder MapJobsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/jobs").WithTags("Jobs");
        group.MapGet("/", ListAsync).WithName("ListJobs").WithSummary("The tenant's jobs, newest first").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{jobId:long}", GetAsync).WithName("GetJob").WithSummary("A job's state and progress").RequireAuthorization(Permission.Read.Policy());
        group.MapPost("/{jobId:long}/cancel", CancelAsync).WithName("CancelJob").WithSummary("Cancel a job: at once when queued, at its next heartbeat when running; nothing it wrote becomes visible").RequireAuthorization(Permission.Import.Policy());
        return group;
    }

    private static async Task<Ok<Page<JobResponse>>> ListAsync(ClaimsPrincipal user, JobQueue jobs, long? before, int? limit, CancellationToken cancellationToken)
    {
        var size = ApiResults.Limit(limit);
        var rows = await jobs.ListAsync(user.Principal().TenantId, before, size, cancellationToken);
        return TypedResults.Ok(new Page<JobResponse>(rows.Select(JobResponse.From).ToList(), rows.Count == size ? rows[^1].Id.ToString(CultureInfo.InvariantCulture) : null));
    }

    private static async Task<Results<Ok<JobResponse>, ProblemHttpResult>> GetAsync(long jobId, ClaimsPrincipal user, JobQueue jobs, CancellationToken cancellationToken) =>
        await jobs.GetAsync(user.Principal().TenantId, jobId, cancellationToken) is { } job ? TypedResults.Ok(JobResponse.From(job)) : ApiResults.NotFound($"job {jobId}");

    private static async Task<Results<Ok<JobResponse>, ProblemHttpResult>> CancelAsync(long jobId, ClaimsPrincipal user, Database database, JobQueue jobs, AuditLog audit, CancellationToken cancellationToken)
    {
        var actor = user.Principal();
        await using var session = await database.WriteAsync(cancellationToken);
        var job = await jobs.CancelAsync(session, actor.TenantId, jobId);
        if (job is null)
        {
            return ApiResults.NotFound($"job {jobId}");
        }

        if (job.State == JobStates.Cancelled && job.Kind == JobKinds.Import)
        {
            // A queued import never ran: its import and run are cancelled with it.
            await session.ExecuteAsync("UPDATE imports SET state = 'cancelled' WHERE tenant_id = @tenant AND job_id = @job AND state = 'queued'", ("tenant", actor.TenantId), ("job", jobId));
        }

        if (job.State == JobStates.Cancelled)
        {
            await session.ExecuteAsync("UPDATE runs SET state = 'cancelled' WHERE tenant_id = @tenant AND job_id = @job AND state = 'queued'", ("tenant", actor.TenantId), ("job", jobId));
        }

        await audit.AppendAsync(session, actor, "job.cancel", $"job/{jobId}", AuditEntry.DetailsOf(("state", job.State)));
        await session.CommitAsync();
        return TypedResults.Ok(JobResponse.From(job));
    }
}
