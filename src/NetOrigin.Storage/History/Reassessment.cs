using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.History;

/// <summary>
/// "The list changed — who is now affected": when the reference data (policy packs, organisations, registries)
/// differs from every version servers have started with before, each tenant's latest import is re-assessed with
/// the packs and date of its latest run, without re-importing. The new run names its predecessor, and the
/// comparison of the two is the answer (<see cref="RunComparison"/>).
/// </summary>
public sealed class Reassessment(Database database, Runs runs, AuditLog audit, ReferenceSnapshot reference, TimeProvider clock)
{
    /// <summary>At start-up: records the data version; when it is new (and not the first ever), queues the re-assessments. Returns how many.</summary>
    public async Task<int> OnStartAsync(CancellationToken cancellationToken)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        if (database.Engine == DatabaseEngine.Postgres)
        {
            await session.ExecuteAsync("LOCK TABLE reference_versions IN EXCLUSIVE MODE");
        }

        var known = await session.ScalarAsync<long>("SELECT count(*) FROM reference_versions");
        if (await session.ScalarAsync<long>("SELECT count(*) FROM reference_versions WHERE hash = @hash", ("hash", reference.Hash)) > 0)
        {
            return 0;
        }

        await session.ExecuteAsync("INSERT INTO reference_versions (hash, first_seen) VALUES (@hash, @at)", ("hash", reference.Hash), ("at", StoredTime.Now(clock)));
        var queued = 0;
        if (known > 0)
        {
            var tenants = await session.QueryAsync("SELECT tenant_id FROM tenants ORDER BY tenant_id", r => r.GetInt64(0));
            foreach (var tenant in tenants)
            {
                queued += await QueueAsync(session, tenant, AuditLog.SystemActor) is null ? 0 : 1;
            }
        }

        await session.CommitAsync();
        return queued;
    }

    /// <summary>Re-assesses the actor's tenant now (the latest import, with its latest run's packs and date); null when it has no run.</summary>
    public async Task<RunRecord?> RequestAsync(Principal actor, CancellationToken cancellationToken)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        var runId = await QueueAsync(session, actor.TenantId, actor.Actor);
        await session.CommitAsync();
        return runId is { } id ? await Runs.GetAsync(session, actor.TenantId, id) : null;
    }

    private async Task<long?> QueueAsync(DbSession session, long tenantId, string actor)
    {
        var latestRun = await Runs.LatestCompleteAsync(session, tenantId);
        var latestImport = await Imports.LatestCompleteAsync(session, tenantId);
        if (latestRun is null || latestImport is null)
        {
            return null;
        }

        var packs = latestRun.Packs.Where(p => reference.Data.PackIds.Contains(p.Id, StringComparer.Ordinal)).ToList();
        if (packs.Count == 0)
        {
            return null;
        }

        var request = new AssessRequest(packs, latestRun.AsOf);
        var runId = await runs.QueueAsync(session, tenantId, actor, latestImport, request, ReferenceSnapshot.ToolVersion, RunTriggers.ReferenceUpdate, latestRun.Id);
        await audit.AppendAsync(session, tenantId, actor, "run.reassess", $"run/{runId}", AuditEntry.DetailsOf(("import", latestImport.Id), ("previous_run", latestRun.Id), ("data_sha256", reference.Hash)));
        return runId;
    }
}
