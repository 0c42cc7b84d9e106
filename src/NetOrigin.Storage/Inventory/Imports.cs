using System.Data.Common;
using System.Text.Json;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Inventory;

/// <summary>What to assess an upload against, in the same pass as its import.</summary>
public sealed record AssessRequest(IReadOnlyList<PackVersion> Packs, DateOnly AsOf);

/// <summary>Imports: an upload is stored, then read by a durable job into assets and rejected rows.</summary>
public sealed class Imports(Database database, UploadStore uploads, JobQueue jobs, AuditLog audit, TimeProvider clock)
{
    private const string Columns =
        "tenant_id, import_id, source, file_name, format, content_sha256, size_bytes, state, records_read, records_accepted, records_rejected, unused_columns, error, job_id, created_by, created_at, completed_at";

    /// <summary>
    /// Receives an upload and queues its import (and, when <paramref name="assess"/> is given, its assessment in
    /// the same pass): the import, the run and the job appear in one transaction once every byte is stored.
    /// </summary>
    public async Task<(ImportRecord Import, RunRecord? Run)> UploadAsync(
        Principal actor, string source, string fileName, string? format, Stream body, long maxBytes, AssessRequest? assess, string toolVersion, CancellationToken cancellationToken)
    {
        long importId;
        var now = StoredTime.Now(clock);
        await using (var session = await database.WriteAsync(cancellationToken))
        {
            importId = await session.NextIdAsync();
            await session.ExecuteAsync(
                $"INSERT INTO imports ({Columns}) VALUES (@tenant, @id, @source, @file, @format, NULL, 0, 'uploading', 0, 0, 0, '[]', NULL, 0, @by, @at, NULL)",
                ("tenant", actor.TenantId), ("id", importId), ("source", source), ("file", fileName), ("format", format), ("by", actor.Actor), ("at", now));
            await session.CommitAsync();
        }

        (long Bytes, string Sha256) stored;
        try
        {
            stored = await uploads.StoreAsync(actor.TenantId, importId, body, maxBytes, cancellationToken);
        }
        catch
        {
            await using var cleanup = await database.WriteAsync(CancellationToken.None);
            await cleanup.ExecuteAsync("DELETE FROM imports WHERE tenant_id = @tenant AND import_id = @id", ("tenant", actor.TenantId), ("id", importId));
            await cleanup.CommitAsync();
            throw;
        }

        await using (var session = await database.WriteAsync(cancellationToken))
        {
            long? runId = assess is null ? null : await session.NextIdAsync();
            var payload = JsonSerializer.Serialize(new Dictionary<string, long?> { ["import_id"] = importId, ["run_id"] = runId });
            var jobId = await jobs.EnqueueAsync(session, actor.TenantId, JobKinds.Import, payload, actor.Actor, bytesTotal: stored.Bytes);
            await session.ExecuteAsync(
                "UPDATE imports SET state = 'queued', size_bytes = @size, content_sha256 = @sha, job_id = @job WHERE tenant_id = @tenant AND import_id = @id",
                ("size", stored.Bytes), ("sha", stored.Sha256), ("job", jobId), ("tenant", actor.TenantId), ("id", importId));
            await audit.AppendAsync(session, actor, "import.upload", $"import/{importId}", AuditEntry.DetailsOf(("file", fileName), ("source", source), ("bytes", stored.Bytes), ("sha256", stored.Sha256), ("job", jobId)));
            if (assess is not null)
            {
                await Runs.InsertAsync(session, actor, runId!.Value, importId, jobId, assess, toolVersion, RunTriggers.Request, null, clock);
                await audit.AppendAsync(session, actor, "run.request", $"run/{runId}", AuditEntry.DetailsOf(("import", importId), ("as_of", assess.AsOf), ("packs", assess.Packs.Select(p => p.Id))));
            }

            await session.CommitAsync();
            var import = (await GetAsync(session, actor.TenantId, importId))!;
            var run = runId is { } r ? await Runs.GetAsync(session, actor.TenantId, r) : null;
            return (import, run);
        }
    }

    public async Task<ImportRecord?> GetAsync(long tenantId, long importId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await GetAsync(session, tenantId, importId);
    }

    internal static Task<ImportRecord?> GetAsync(DbSession session, long tenantId, long importId) =>
        session.SingleAsync($"SELECT {Columns} FROM imports WHERE tenant_id = @tenant AND import_id = @id", Read, ("tenant", tenantId), ("id", importId));

    /// <summary>The tenant's imports, newest first, before <paramref name="beforeId"/>.</summary>
    public async Task<List<ImportRecord>> ListAsync(long tenantId, long? beforeId, int limit, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.QueryAsync(
            $"SELECT {Columns} FROM imports WHERE tenant_id = @tenant AND import_id < @before ORDER BY import_id DESC LIMIT @limit",
            Read,
            ("tenant", tenantId), ("before", beforeId ?? long.MaxValue), ("limit", limit));
    }

    /// <summary>The tenant's newest complete import, the one a reference-data update re-assesses.</summary>
    public static Task<ImportRecord?> LatestCompleteAsync(DbSession session, long tenantId) =>
        session.SingleAsync($"SELECT {Columns} FROM imports WHERE tenant_id = @tenant AND state = 'complete' ORDER BY import_id DESC LIMIT 1", Read, ("tenant", tenantId));

    /// <summary>A keyset page of a complete import's assets, optionally of one site.</summary>
    public async Task<List<StoredAsset>> AssetsAsync(ImportRecord import, long after, int limit, string? site, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var table = session.Dialect.Assets;
        (string, object?)[] parameters = [("tenant", import.TenantId), ("owner", import.Id), ("after", after), ("upto", Sql.SqlDialect.MaxRowsPerRun), ("limit", limit), .. site is null ? Array.Empty<(string, object?)>() : [("site", (object?)site)]];
        return await session.QueryAsync(
            $"SELECT {table.Number("a")}, a.asset_id, a.name, a.site, a.line, a.fields FROM assets a WHERE {table.Range("a")}{(site is null ? "" : " AND a.site = @site")} ORDER BY {table.Order("a")} LIMIT @limit",
            r => new StoredAsset(r.GetInt64(0), r.GetString(1), r.Text(2), r.Text(3), r.GetInt64(4), r.GetFieldValue<byte[]>(5)),
            parameters);
    }

    /// <summary>Every rejected record of a complete import, in line order.</summary>
    public async IAsyncEnumerable<(long Line, string Reason, string Excerpt)> RejectionsAsync(long tenantId, long importId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        await foreach (var row in session.StreamAsync(
            "SELECT line, reason, excerpt FROM import_rejections WHERE tenant_id = @tenant AND import_id = @id ORDER BY rejection_no",
            r => (r.GetInt64(0), r.GetString(1), r.GetString(2)),
            cancellationToken,
            ("tenant", tenantId),
            ("id", importId)))
        {
            yield return row;
        }
    }

    internal static ImportRecord Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.Text(4), r.Text(5), r.GetInt64(6), r.GetString(7), r.GetInt64(8), r.GetInt64(9), r.GetInt64(10),
        r.GetString(11), r.Text(12), r.GetInt64(13), r.GetString(14), r.Time(15), r.NullableTime(16));
}

/// <summary>A stored asset: its number in the import, id, line and field values (<see cref="AssetCodec"/>).</summary>
public sealed record StoredAsset(long No, string AssetId, string? Name, string? Site, long Line, byte[] Fields);
