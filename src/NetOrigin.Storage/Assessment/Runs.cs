using System.Data.Common;
using System.Text.Json;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Assessment;

/// <summary>Assessment runs: requested on a stored import (or with an upload), made by a durable job.</summary>
public sealed class Runs(Database database, JobQueue jobs, AuditLog audit, TimeProvider clock)
{
    internal const string Columns =
        "tenant_id, run_id, import_id, state, as_of, packs, reference_data, tool_version, trigger, previous_run_id, summary, error, job_id, created_by, created_at, completed_at";

    /// <summary>Queues an assessment of a complete import of the actor's tenant; null when there is no such import.</summary>
    public async Task<RunRecord?> RequestAsync(Principal actor, long importId, AssessRequest request, string toolVersion, CancellationToken cancellationToken)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        var import = await Imports.GetAsync(session, actor.TenantId, importId);
        if (import is null)
        {
            return null;
        }

        if (!import.IsComplete)
        {
            throw new ConflictException($"import {importId} is {import.State}; only a complete import can be assessed");
        }

        var runId = await QueueAsync(session, actor.TenantId, actor.Actor, import, request, toolVersion, RunTriggers.Request, null);
        await audit.AppendAsync(session, actor, "run.request", $"run/{runId}", AuditEntry.DetailsOf(("import", importId), ("as_of", request.AsOf), ("packs", request.Packs.Select(p => p.Id))));
        await session.CommitAsync();
        return await GetAsync(session, actor.TenantId, runId);
    }

    /// <summary>Queues a run of <paramref name="import"/> with its job, in the caller's transaction.</summary>
    public async Task<long> QueueAsync(DbSession session, long tenantId, string actor, ImportRecord import, AssessRequest request, string toolVersion, string trigger, long? previousRunId)
    {
        var runId = await session.NextIdAsync();
        var payload = JsonSerializer.Serialize(new Dictionary<string, long?> { ["import_id"] = import.Id, ["run_id"] = runId });
        var jobId = await jobs.EnqueueAsync(session, tenantId, JobKinds.Assess, payload, actor, recordsTotal: import.RecordsRead);
        await InsertAsync(session, tenantId, actor, runId, import.Id, jobId, request, toolVersion, trigger, previousRunId, clock);
        return runId;
    }

    internal static Task InsertAsync(DbSession session, Principal actor, long runId, long importId, long jobId, AssessRequest request, string toolVersion, string trigger, long? previousRunId, TimeProvider clock) =>
        InsertAsync(session, actor.TenantId, actor.Actor, runId, importId, jobId, request, toolVersion, trigger, previousRunId, clock);

    private static async Task InsertAsync(DbSession session, long tenantId, string actor, long runId, long importId, long jobId, AssessRequest request, string toolVersion, string trigger, long? previousRunId, TimeProvider clock) =>
        await session.ExecuteAsync(
            $"INSERT INTO runs ({Columns}) VALUES (@tenant, @id, @import, 'queued', @asOf, @packs, '{{}}', @tool, @trigger, @previous, NULL, NULL, @job, @by, @at, NULL)",
            ("tenant", tenantId), ("id", runId), ("import", importId), ("asOf", request.AsOf), ("packs", RunRecord.PacksJson(request.Packs)), ("tool", toolVersion),
            ("trigger", trigger), ("previous", previousRunId), ("job", jobId), ("by", actor), ("at", StoredTime.Now(clock)));

    public async Task<RunRecord?> GetAsync(long tenantId, long runId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await GetAsync(session, tenantId, runId);
    }

    internal static Task<RunRecord?> GetAsync(DbSession session, long tenantId, long runId) =>
        session.SingleAsync($"SELECT {Columns} FROM runs WHERE tenant_id = @tenant AND run_id = @id", Read, ("tenant", tenantId), ("id", runId));

    /// <summary>The tenant's runs, newest first, before <paramref name="beforeId"/>; optionally of one import.</summary>
    public async Task<List<RunRecord>> ListAsync(long tenantId, long? importId, long? beforeId, int limit, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        (string, object?)[] parameters = [("tenant", tenantId), ("before", beforeId ?? long.MaxValue), ("limit", limit), .. importId is { } i ? [("import", (object?)i)] : Array.Empty<(string, object?)>()];
        return await session.QueryAsync(
            $"SELECT {Columns} FROM runs WHERE tenant_id = @tenant AND run_id < @before{(importId is null ? "" : " AND import_id = @import")} ORDER BY run_id DESC LIMIT @limit",
            Read,
            parameters);
    }

    /// <summary>The tenant's newest complete run, if any.</summary>
    public static Task<RunRecord?> LatestCompleteAsync(DbSession session, long tenantId) =>
        session.SingleAsync($"SELECT {Columns} FROM runs WHERE tenant_id = @tenant AND state = 'complete' ORDER BY run_id DESC LIMIT 1", Read, ("tenant", tenantId));

    internal static RunRecord Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.Date(4), RunRecord.ParsePacks(r.GetString(5)), r.GetString(6), r.GetString(7), r.GetString(8), r.NullableLong(9),
        r.Text(10), r.Text(11), r.GetInt64(12), r.GetString(13), r.Time(14), r.NullableTime(15));
}
