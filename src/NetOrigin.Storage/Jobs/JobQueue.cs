using System.Data.Common;
using System.Globalization;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Jobs;

/// <summary>
/// The durable job queue in the database. A server claims the oldest job that is queued, or running under a lease
/// that has run out (its server died), and holds it by renewing the lease with heartbeats. PostgreSQL servers
/// claim with <c>FOR UPDATE SKIP LOCKED</c>, so two never take one job; SQLite's single write lock does the same
/// for the processes on one file. Only the holder of the lease can write a job's rows or finish it
/// (<see cref="HoldsAsync"/>), so a server that lost its lease can never complete a job a second time.
/// </summary>
public sealed class JobQueue(Database database, TimeProvider clock)
{
    public const int MaxAttempts = 3;

    private const string Columns =
        "tenant_id, job_id, kind, state, payload, phase, records_done, records_total, bytes_done, bytes_total, rejected, attempts, " +
        "lease_owner, lease_until, heartbeat_at, cancel_requested, error, note, created_by, created_at, started_at, finished_at";

    public async Task<long> EnqueueAsync(DbSession session, long tenantId, string kind, string payload, string createdBy, long? bytesTotal = null, long? recordsTotal = null)
    {
        var id = await session.NextIdAsync();
        await session.ExecuteAsync(
            "INSERT INTO jobs (tenant_id, job_id, kind, state, payload, created_by, created_at, bytes_total, records_total) VALUES (@tenant, @id, @kind, 'queued', @payload, @by, @at, @bytes, @records)",
            ("tenant", tenantId), ("id", id), ("kind", kind), ("payload", payload), ("by", createdBy), ("at", StoredTime.Now(clock)), ("bytes", bytesTotal), ("records", recordsTotal));
        return id;
    }

    /// <summary>
    /// Takes the next job for <paramref name="worker"/> under a lease of <paramref name="lease"/>, or null when none
    /// waits. A job taken over from a server that stopped says so in its note; one taken over too often is failed.
    /// </summary>
    public async Task<Job?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            await using var session = await database.WriteAsync(cancellationToken);
            var now = StoredTime.Now(clock);
            var sql = database.Engine == DatabaseEngine.Postgres
                ? $"""
                   WITH next AS (
                       SELECT tenant_id, job_id, state AS was, lease_owner AS held_by FROM jobs
                       WHERE state = 'queued' OR (state = 'running' AND lease_until < @now)
                       ORDER BY created_at, job_id LIMIT 1
                       FOR UPDATE SKIP LOCKED)
                   UPDATE jobs SET state = 'running', lease_owner = @worker, lease_until = @until, heartbeat_at = @now,
                       attempts = attempts + 1, started_at = coalesce(started_at, @now),
                       note = CASE WHEN next.was = 'running' THEN 'taken over from ' || coalesce(next.held_by, '?') || ', which stopped renewing its lease' ELSE note END
                   FROM next WHERE jobs.tenant_id = next.tenant_id AND jobs.job_id = next.job_id
                   RETURNING {Prefixed("jobs.")}
                   """
                : $"""
                   UPDATE jobs SET state = 'running', lease_owner = @worker, lease_until = @until, heartbeat_at = @now,
                       attempts = attempts + 1, started_at = coalesce(started_at, @now),
                       note = CASE WHEN state = 'running' THEN 'taken over from ' || coalesce(lease_owner, '?') || ', which stopped renewing its lease' ELSE note END
                   WHERE rowid = (SELECT rowid FROM jobs WHERE state = 'queued' OR (state = 'running' AND lease_until < @now) ORDER BY created_at, job_id LIMIT 1)
                   RETURNING {Columns}
                   """;
            var job = await session.SingleAsync(sql, Read, ("now", now), ("until", now + lease), ("worker", worker));
            if (job is null)
            {
                return null;
            }

            if (job.Attempts > MaxAttempts)
            {
                await session.ExecuteAsync(
                    "UPDATE jobs SET state = 'failed', finished_at = @now, lease_owner = NULL, error = @error WHERE tenant_id = @tenant AND job_id = @id",
                    ("now", now), ("error", $"given up after {MaxAttempts} attempts: each time, the server running it stopped before it finished ({job.Note})"), ("tenant", job.TenantId), ("id", job.Id));
                await session.CommitAsync();
                continue;
            }

            await session.CommitAsync();
            return job;
        }
    }

    /// <summary>
    /// Renews the lease and stores the progress. Returns whether cancellation was asked for; throws
    /// <see cref="LeaseLostException"/> when another server holds the job now.
    /// </summary>
    public async Task<bool> HeartbeatAsync(Job job, string worker, TimeSpan lease, JobProgress progress, CancellationToken cancellationToken = default)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        var now = StoredTime.Now(clock);
        var changed = await session.ExecuteAsync(
            "UPDATE jobs SET lease_until = @until, heartbeat_at = @now, phase = @phase, records_done = @done, records_total = @total, bytes_done = @bytes, bytes_total = coalesce(@bytesTotal, bytes_total), rejected = @rejected " +
            "WHERE tenant_id = @tenant AND job_id = @id AND lease_owner = @worker AND state = 'running'",
            ("until", now + lease), ("now", now), ("phase", progress.Phase), ("done", progress.RecordsDone), ("total", progress.RecordsTotal), ("bytes", progress.BytesDone),
            ("bytesTotal", progress.BytesTotal), ("rejected", progress.Rejected), ("tenant", job.TenantId), ("id", job.Id), ("worker", worker));
        if (changed == 0)
        {
            throw new LeaseLostException(job.Id);
        }

        var cancel = await session.ScalarAsync<long>("SELECT CASE WHEN cancel_requested THEN 1 ELSE 0 END FROM jobs WHERE tenant_id = @tenant AND job_id = @id", ("tenant", job.TenantId), ("id", job.Id));
        await session.CommitAsync();
        return cancel == 1;
    }

    /// <summary>Inside a writing transaction: confirms <paramref name="worker"/> still holds the job, locking its row until commit.</summary>
    public static async Task<bool> HoldsAsync(DbSession session, long tenantId, long jobId, string worker) =>
        await session.ScalarAsync<long>(
            session.Dialect.IsPostgres
                ? "SELECT count(*) FROM (SELECT 1 FROM jobs WHERE tenant_id = @tenant AND job_id = @id AND lease_owner = @worker AND state = 'running' FOR SHARE) held"
                : "SELECT count(*) FROM jobs WHERE tenant_id = @tenant AND job_id = @id AND lease_owner = @worker AND state = 'running'",
            ("tenant", tenantId), ("id", jobId), ("worker", worker)) == 1;

    /// <summary>The same check for the bulk writers' own connections.</summary>
    internal static bool Holds(DbConnection connection, DbTransaction transaction, bool postgres, long tenantId, long jobId, string worker)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = postgres
            ? "SELECT count(*) FROM (SELECT 1 FROM jobs WHERE tenant_id = @tenant AND job_id = @id AND lease_owner = @worker AND state = 'running' FOR SHARE) held"
            : "SELECT count(*) FROM jobs WHERE tenant_id = @tenant AND job_id = @id AND lease_owner = @worker AND state = 'running'";
        foreach (var (name, value) in new (string, object)[] { ("tenant", tenantId), ("id", jobId), ("worker", worker) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>Inside the transaction that makes the job's results visible: marks it finished.</summary>
    public async Task FinishAsync(DbSession session, Job job, string worker, string state, string? error, JobProgress progress)
    {
        var changed = await session.ExecuteAsync(
            "UPDATE jobs SET state = @state, error = @error, finished_at = @now, lease_owner = NULL, lease_until = NULL, phase = @phase, records_done = @done, records_total = @total, bytes_done = @bytes, rejected = @rejected " +
            "WHERE tenant_id = @tenant AND job_id = @id AND lease_owner = @worker AND state = 'running'",
            ("state", state), ("error", error), ("now", StoredTime.Now(clock)), ("phase", progress.Phase), ("done", progress.RecordsDone), ("total", progress.RecordsTotal),
            ("bytes", progress.BytesDone), ("rejected", progress.Rejected), ("tenant", job.TenantId), ("id", job.Id), ("worker", worker));
        if (changed == 0)
        {
            throw new LeaseLostException(job.Id);
        }
    }

    /// <summary>Gives a job back to the queue (this server is stopping); another server continues it.</summary>
    public async Task ReleaseAsync(Job job, string worker, CancellationToken cancellationToken = default)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        await session.ExecuteAsync(
            "UPDATE jobs SET state = 'queued', lease_owner = NULL, lease_until = NULL, phase = 'queued', note = @note WHERE tenant_id = @tenant AND job_id = @id AND lease_owner = @worker AND state = 'running'",
            ("note", $"returned to the queue by {worker}, which was stopping"), ("tenant", job.TenantId), ("id", job.Id), ("worker", worker));
        await session.CommitAsync();
    }

    /// <summary>
    /// Asks a job of the tenant to stop: a queued job is cancelled at once, a running one at its next heartbeat.
    /// Null when there is no such job; otherwise the job as it is now.
    /// </summary>
    public async Task<Job?> CancelAsync(DbSession session, long tenantId, long jobId)
    {
        var now = StoredTime.Now(clock);
        await session.ExecuteAsync(
            "UPDATE jobs SET state = CASE WHEN state = 'queued' THEN 'cancelled' ELSE state END, finished_at = CASE WHEN state = 'queued' THEN @now ELSE finished_at END, cancel_requested = @yes " +
            "WHERE tenant_id = @tenant AND job_id = @id AND state IN ('queued', 'running')",
            ("now", now), ("yes", true), ("tenant", tenantId), ("id", jobId));
        return await session.SingleAsync($"SELECT {Columns} FROM jobs WHERE tenant_id = @tenant AND job_id = @id", Read, ("tenant", tenantId), ("id", jobId));
    }

    public async Task<Job?> GetAsync(long tenantId, long jobId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.SingleAsync($"SELECT {Columns} FROM jobs WHERE tenant_id = @tenant AND job_id = @id", Read, ("tenant", tenantId), ("id", jobId));
    }

    /// <summary>The tenant's jobs, newest first, before <paramref name="beforeId"/>.</summary>
    public async Task<List<Job>> ListAsync(long tenantId, long? beforeId, int limit, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.QueryAsync(
            $"SELECT {Columns} FROM jobs WHERE tenant_id = @tenant AND job_id < @before ORDER BY job_id DESC LIMIT @limit",
            Read,
            ("tenant", tenantId), ("before", beforeId ?? long.MaxValue), ("limit", limit));
    }

    private static string Prefixed(string prefix) => string.Join(", ", Columns.Split(", ").Select(c => prefix + c));

    internal static Job Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt64(6), r.NullableLong(7), r.GetInt64(8), r.NullableLong(9), r.GetInt64(10),
        r.GetInt32(11), r.Text(12), r.NullableTime(13), r.NullableTime(14), r.Bool(15), r.Text(16), r.Text(17), r.GetString(18), r.Time(19), r.NullableTime(20), r.NullableTime(21));
}
