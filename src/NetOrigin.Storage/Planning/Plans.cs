using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using NetOrigin.Planning.Progress;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Planning;

/// <summary>
/// Replacement plans of a tenant, made from a complete run by a durable job, and the progress of their tasks:
/// every recorded step is checked as the progress file's lines are (a known state, not ahead of today, after the
/// steps it needs), names the signed-in user, and is an entry of the audit log in the same transaction.
/// </summary>
public sealed class Plans(Database database, JobQueue jobs, AuditLog audit, TimeProvider clock)
{
    internal const string Columns =
        "tenant_id, plan_id, run_id, parent_plan_id, state, request, start_date, status, summary, error, job_id, created_by, created_at, completed_at";

    private const string StepColumns = "step_id, asset_id, state, on_date, recorded_by, cost, note, plan_id, recorded_at";

    /// <summary>
    /// Queues a plan of a complete run of the actor's tenant; null when there is no such run (or no such plan to
    /// re-plan). Without a start the plan starts on the run's as-of date.
    /// </summary>
    public async Task<PlanRecord?> RequestAsync(Principal actor, PlanRequestData request, long? parentPlanId, CancellationToken cancellationToken)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        var run = await Runs.GetAsync(session, actor.TenantId, request.RunId);
        if (run is null)
        {
            return null;
        }

        if (!run.IsComplete)
        {
            throw new ConflictException($"run {run.Id} is {run.State}; only a complete run can be planned");
        }

        request = request with { Start = request.Start ?? run.AsOf };
        var planId = await session.NextIdAsync();
        var payload = JsonSerializer.Serialize(new Dictionary<string, long> { ["plan_id"] = planId });
        var jobId = await jobs.EnqueueAsync(session, actor.TenantId, JobKinds.Plan, payload, actor.Actor);
        await session.ExecuteAsync(
            $"INSERT INTO plans ({Columns}) VALUES (@tenant, @id, @run, @parent, 'queued', @request, @start, NULL, NULL, NULL, @job, @by, @at, NULL)",
            ("tenant", actor.TenantId), ("id", planId), ("run", run.Id), ("parent", parentPlanId), ("request", request.ToJson()), ("start", request.Start.Value), ("job", jobId),
            ("by", actor.Actor), ("at", StoredTime.Now(clock)));
        await audit.AppendAsync(session, actor, parentPlanId is null ? "plan.request" : "plan.replan", $"plan/{planId}", AuditEntry.DetailsOf(("run", run.Id), ("start", request.Start.Value), ("replans", parentPlanId), ("job", jobId)));
        await session.CommitAsync();
        return await GetAsync(session, actor.TenantId, planId);
    }

    /// <summary>
    /// Queues a new plan made as <paramref name="planId"/> was, from <paramref name="start"/> and the progress
    /// recorded by then; with <paramref name="budget"/> (the budget file's text) in place of the plan's own when given.
    /// </summary>
    public async Task<PlanRecord?> ReplanAsync(Principal actor, long planId, DateOnly start, string? budget, CancellationToken cancellationToken)
    {
        var plan = await GetAsync(actor.TenantId, planId, cancellationToken);
        return plan is null ? null : await RequestAsync(actor, plan.Request with { Start = start, Budget = budget ?? plan.Request.Budget }, planId, cancellationToken);
    }

    public async Task<PlanRecord?> GetAsync(long tenantId, long planId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await GetAsync(session, tenantId, planId);
    }

    internal static Task<PlanRecord?> GetAsync(DbSession session, long tenantId, long planId) =>
        session.SingleAsync($"SELECT {Columns} FROM plans WHERE tenant_id = @tenant AND plan_id = @id", Read, ("tenant", tenantId), ("id", planId));

    /// <summary>The tenant's plans, newest first, before <paramref name="beforeId"/>; optionally of one run.</summary>
    public async Task<List<PlanRecord>> ListAsync(long tenantId, long? runId, long? beforeId, int limit, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        (string, object?)[] parameters = [("tenant", tenantId), ("before", beforeId ?? long.MaxValue), ("limit", limit), .. runId is { } r ? [("run", (object?)r)] : Array.Empty<(string, object?)>()];
        return await session.QueryAsync(
            $"SELECT {Columns} FROM plans WHERE tenant_id = @tenant AND plan_id < @before{(runId is null ? "" : " AND run_id = @run")} ORDER BY plan_id DESC LIMIT @limit",
            Read,
            parameters);
    }

    /// <summary>The plan's JSON document (as `netorigin plan --format json` writes it), once the plan is complete.</summary>
    public async Task<string?> DocumentAsync(long tenantId, long planId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.ScalarAsync<string>("SELECT document FROM plans WHERE tenant_id = @tenant AND plan_id = @id", ("tenant", tenantId), ("id", planId));
    }

    public async Task<PlanReport?> ReportAsync(long tenantId, long planId, string kind, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.SingleAsync(
            "SELECT kind, html, csv, svg FROM plan_reports WHERE tenant_id = @tenant AND plan_id = @id AND kind = @kind",
            r => new PlanReport(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)),
            ("tenant", tenantId), ("id", planId), ("kind", kind));
    }

    public async Task<List<string>> ReportKindsAsync(long tenantId, long planId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.QueryAsync("SELECT kind FROM plan_reports WHERE tenant_id = @tenant AND plan_id = @id ORDER BY kind", r => r.GetString(0), ("tenant", tenantId), ("id", planId));
    }

    /// <summary>
    /// Records a step of the replacement of <paramref name="assetId"/>, an item of plan <paramref name="planId"/>,
    /// by the actor. Null when the plan or the item does not exist in the tenant; a step that the task's recorded
    /// steps do not allow (disposed before removed, a date ahead of today) is refused naming why.
    /// </summary>
    public async Task<ProgressStep?> RecordAsync(Principal actor, long planId, string assetId, TaskState state, DateOnly date, decimal? cost, string? note, CancellationToken cancellationToken)
    {
        if (cost is < 0)
        {
            throw new StorageException("cost", $"cost {cost} is negative: a step costs 0 or more");
        }

        await using var session = await database.WriteAsync(cancellationToken);
        var plan = await GetAsync(session, actor.TenantId, planId);
        if (plan is null || !plan.IsComplete)
        {
            return plan is null ? null : throw new ConflictException($"plan {planId} is {plan.State}; progress is recorded against a complete plan's items");
        }

        var inPlan = await session.ScalarAsync<long>("SELECT count(*) FROM plan_items WHERE tenant_id = @tenant AND plan_id = @plan AND asset_id = @asset", ("tenant", actor.TenantId), ("plan", planId), ("asset", assetId));
        if (inPlan == 0)
        {
            return null;
        }

        // The task's steps so far with the new one, checked as a progress file's lines are.
        await session.ExecuteAsync(session.Dialect.LockTenant, ("tenant", actor.TenantId));
        var steps = await session.QueryAsync(
            $"SELECT {StepColumns} FROM task_progress WHERE tenant_id = @tenant AND asset_id = @asset ORDER BY step_id", ReadStep, ("tenant", actor.TenantId), ("asset", assetId));
        var id = await session.NextIdAsync();
        var step = new ProgressStep(id, assetId, state.Name(), date, actor.Actor, cost, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), planId, StoredTime.Now(clock));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        try
        {
            _ = ProgressLog.From(steps.Append(step).Select(ToEvent), $"task {assetId}", today);
        }
        catch (InvalidDataException ex)
        {
            throw new StorageException(ex.Message.Contains("after the as-of date", StringComparison.Ordinal) ? "date" : "state", ex.Message);
        }

        await session.ExecuteAsync(
            $"INSERT INTO task_progress (tenant_id, {StepColumns}) VALUES (@tenant, @id, @asset, @state, @date, @by, @cost, @note, @plan, @at)",
            ("tenant", actor.TenantId), ("id", id), ("asset", assetId), ("state", step.State), ("date", date), ("by", step.By),
            ("cost", cost?.ToString(CultureInfo.InvariantCulture)), ("note", step.Note), ("plan", planId), ("at", step.RecordedAt));
        await audit.AppendAsync(session, actor, "task.progress", $"plan/{planId}/task/{assetId}",
            AuditEntry.DetailsOf(("step", id), ("state", step.State), ("date", date), ("cost", cost?.ToString(CultureInfo.InvariantCulture)), ("note", step.Note)));
        await session.CommitAsync();
        return step;
    }

    /// <summary>The recorded steps of the plan's items, oldest first; null when there is no such plan.</summary>
    public async Task<List<ProgressStep>?> ProgressAsync(long tenantId, long planId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        if (await GetAsync(session, tenantId, planId) is null)
        {
            return null;
        }

        return await session.QueryAsync(
            $"SELECT {string.Join(", ", StepColumns.Split(", ").Select(c => "p." + c))} FROM task_progress p JOIN plan_items i ON i.tenant_id = p.tenant_id AND i.asset_id = p.asset_id " +
            "WHERE i.tenant_id = @tenant AND i.plan_id = @plan ORDER BY p.step_id",
            ReadStep,
            ("tenant", tenantId), ("plan", planId));
    }

    /// <summary>Every step the tenant has recorded, oldest first: what a plan starts from.</summary>
    internal static Task<List<ProgressStep>> TenantProgressAsync(DbSession session, long tenantId) =>
        session.QueryAsync($"SELECT {StepColumns} FROM task_progress WHERE tenant_id = @tenant ORDER BY step_id", ReadStep, ("tenant", tenantId));

    /// <summary>A stored step as the planner's progress event (its number is its step id).</summary>
    public static ProgressEvent ToEvent(ProgressStep step) =>
        new(step.AssetId, TaskStateNames.TryParse(step.State, out var state) ? state : throw new InvalidDataException($"step {step.Id}: state '{step.State}' is unknown"), step.Date, step.By, step.Cost, step.Note, step.Id);

    private static ProgressStep ReadStep(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.Date(3), r.GetString(4),
        r.Text(5) is { } cost ? decimal.Parse(cost, CultureInfo.InvariantCulture) : null, r.Text(6), r.GetInt64(7), r.Time(8));

    internal static PlanRecord Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.NullableLong(3), r.GetString(4), PlanRequestData.FromJson(r.GetString(5)), r.Date(6), r.Text(7), r.Text(8), r.Text(9),
        r.GetInt64(10), r.GetString(11), r.Time(12), r.NullableTime(13));
}
