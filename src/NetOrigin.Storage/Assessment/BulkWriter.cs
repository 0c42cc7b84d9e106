using Microsoft.Data.Sqlite;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Sql;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace NetOrigin.Storage.Assessment;

/// <summary>
/// Writes a job's rows in batches, the batches given together in one transaction, the fastest way each engine has:
/// PostgreSQL's binary COPY, and SQLite statements prepared once and bound directly (the ADO.NET layer costs more
/// per row than SQLite's own insert). Rows written are invisible to readers until their import or run is marked
/// complete.
/// </summary>
internal abstract class BulkWriter : IDisposable
{
    public static BulkWriter Open(Database database) => database.Engine == DatabaseEngine.Postgres
        ? new PostgresBulkWriter((NpgsqlConnection)database.OpenConnection())
        : new SqliteBulkWriter((SqliteConnection)database.OpenBulkConnection());

    /// <summary>Writes <paramref name="batches"/> (all of one job) in one transaction, while the job's lease is held.</summary>
    public abstract void Write(IReadOnlyList<RowBatch> batches);

    public abstract void Dispose();
}

internal sealed class SqliteBulkWriter : BulkWriter
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _asset;
    private readonly sqlite3_stmt _finding;
    private readonly sqlite3_stmt _rejection;
    private readonly sqlite3_stmt _blob;

    public SqliteBulkWriter(SqliteConnection connection)
    {
        _connection = connection;
        _asset = Prepare("INSERT INTO assets (asset_key, tenant_id, asset_id, name, site, line, fields) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        _finding = Prepare("INSERT INTO findings (finding_key, tenant_id, asset_no, pack_no, status, deadline, maker_id, designation, obligation, missing_field, waiver, site, manufacturer, owner_chain, evidence, evidence_values) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
        _rejection = Prepare("INSERT INTO import_rejections (tenant_id, import_id, rejection_no, line, reason, excerpt) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        _blob = Prepare("INSERT INTO evidence_blobs (tenant_id, hash, body) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_connection.Handle, sql, out var statement));
        return statement;
    }

    public override void Write(IReadOnlyList<RowBatch> batches)
    {
        using var transaction = _connection.BeginTransaction();
        var first = batches[0];
        if (!JobQueue.Holds(_connection, transaction, postgres: false, first.TenantId, first.JobId, first.Worker))
        {
            throw new LeaseLostException(first.JobId);
        }

        foreach (var batch in batches)
        {
            Write(batch);
        }

        transaction.Commit();
    }

    private void Write(RowBatch batch)
    {
        foreach (var (hash, body) in batch.Blobs)
        {
            raw.sqlite3_bind_int64(_blob, 1, batch.TenantId);
            raw.sqlite3_bind_blob(_blob, 2, hash);
            raw.sqlite3_bind_blob(_blob, 3, body);
            Step(_blob);
        }

        foreach (var row in batch.Assets)
        {
            raw.sqlite3_bind_int64(_asset, 1, SqlDialect.RowKey(batch.ImportId, row.AssetNo));
            raw.sqlite3_bind_int64(_asset, 2, batch.TenantId);
            Text(_asset, 3, row.AssetId);
            Text(_asset, 4, row.Name);
            Text(_asset, 5, row.Site);
            raw.sqlite3_bind_int64(_asset, 6, row.Line);
            raw.sqlite3_bind_blob(_asset, 7, row.Fields);
            Step(_asset);
        }

        foreach (var row in batch.Rejections)
        {
            raw.sqlite3_bind_int64(_rejection, 1, batch.TenantId);
            raw.sqlite3_bind_int64(_rejection, 2, batch.ImportId);
            raw.sqlite3_bind_int64(_rejection, 3, row.RejectionNo);
            raw.sqlite3_bind_int64(_rejection, 4, row.Line);
            Text(_rejection, 5, row.Reason);
            Text(_rejection, 6, row.Excerpt);
            Step(_rejection);
        }

        foreach (var row in batch.Findings)
        {
            raw.sqlite3_bind_int64(_finding, 1, SqlDialect.RowKey(batch.RunId, row.FindingNo));
            raw.sqlite3_bind_int64(_finding, 2, batch.TenantId);
            raw.sqlite3_bind_int64(_finding, 3, row.AssetNo);
            raw.sqlite3_bind_int(_finding, 4, row.PackNo);
            raw.sqlite3_bind_int(_finding, 5, row.Status);
            Text(_finding, 6, row.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Text(_finding, 7, row.MakerId);
            Text(_finding, 8, row.Designation);
            Text(_finding, 9, row.Obligation);
            Text(_finding, 10, row.MissingField);
            Text(_finding, 11, row.Waiver);
            Text(_finding, 12, row.Site);
            raw.sqlite3_bind_blob(_finding, 13, row.Manufacturer);
            raw.sqlite3_bind_blob(_finding, 14, row.OwnerChain);
            raw.sqlite3_bind_blob(_finding, 15, row.Evidence);
            Text(_finding, 16, row.EvidenceValues);
            Step(_finding);
        }
    }

    private static void Text(sqlite3_stmt statement, int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(statement, index);
        }
        else
        {
            raw.sqlite3_bind_text(statement, index, value);
        }
    }

    private void Step(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), rc);
        }
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), rc);
        }
    }

    public override void Dispose()
    {
        raw.sqlite3_finalize(_asset);
        raw.sqlite3_finalize(_finding);
        raw.sqlite3_finalize(_rejection);
        raw.sqlite3_finalize(_blob);
        _connection.Dispose();
    }
}

internal sealed class PostgresBulkWriter(NpgsqlConnection connection) : BulkWriter
{
    public override void Write(IReadOnlyList<RowBatch> batches)
    {
        using var transaction = connection.BeginTransaction();
        var first = batches[0];
        if (!JobQueue.Holds(connection, transaction, postgres: true, first.TenantId, first.JobId, first.Worker))
        {
            throw new LeaseLostException(first.JobId);
        }

        foreach (var batch in batches)
        {
            Write(batch, transaction);
        }

        transaction.Commit();
    }

    private void Write(RowBatch batch, NpgsqlTransaction transaction)
    {
        if (batch.Blobs.Count > 0)
        {
            using var blobs = new NpgsqlCommand("INSERT INTO evidence_blobs (tenant_id, hash, body) SELECT @tenant, h, b FROM unnest(@hashes, @bodies) AS t(h, b) ON CONFLICT DO NOTHING", connection, transaction);
            blobs.Parameters.AddWithValue("tenant", batch.TenantId);
            blobs.Parameters.AddWithValue("hashes", NpgsqlDbType.Array | NpgsqlDbType.Bytea, batch.Blobs.Select(b => b.Hash).ToArray());
            blobs.Parameters.AddWithValue("bodies", NpgsqlDbType.Array | NpgsqlDbType.Bytea, batch.Blobs.Select(b => b.Body).ToArray());
            blobs.ExecuteNonQuery();
        }

        if (batch.Assets.Count > 0)
        {
            using var copy = connection.BeginBinaryImport("COPY assets (tenant_id, import_id, asset_no, asset_id, name, site, line, fields) FROM STDIN (FORMAT BINARY)");
            foreach (var row in batch.Assets)
            {
                copy.StartRow();
                copy.Write(batch.TenantId, NpgsqlDbType.Bigint);
                copy.Write(batch.ImportId, NpgsqlDbType.Bigint);
                copy.Write(row.AssetNo, NpgsqlDbType.Bigint);
                copy.Write(row.AssetId, NpgsqlDbType.Text);
                Text(copy, row.Name);
                Text(copy, row.Site);
                copy.Write(row.Line, NpgsqlDbType.Bigint);
                copy.Write(row.Fields, NpgsqlDbType.Bytea);
            }

            copy.Complete();
        }

        if (batch.Rejections.Count > 0)
        {
            using var copy = connection.BeginBinaryImport("COPY import_rejections (tenant_id, import_id, rejection_no, line, reason, excerpt) FROM STDIN (FORMAT BINARY)");
            foreach (var row in batch.Rejections)
            {
                copy.StartRow();
                copy.Write(batch.TenantId, NpgsqlDbType.Bigint);
                copy.Write(batch.ImportId, NpgsqlDbType.Bigint);
                copy.Write(row.RejectionNo, NpgsqlDbType.Bigint);
                copy.Write(row.Line, NpgsqlDbType.Bigint);
                copy.Write(row.Reason, NpgsqlDbType.Text);
                copy.Write(row.Excerpt, NpgsqlDbType.Text);
            }

            copy.Complete();
        }

        if (batch.Findings.Count > 0)
        {
            using var copy = connection.BeginBinaryImport("COPY findings (tenant_id, run_id, finding_no, asset_no, pack_no, status, deadline, maker_id, designation, obligation, missing_field, waiver, site, manufacturer, owner_chain, evidence, evidence_values) FROM STDIN (FORMAT BINARY)");
            foreach (var row in batch.Findings)
            {
                copy.StartRow();
                copy.Write(batch.TenantId, NpgsqlDbType.Bigint);
                copy.Write(batch.RunId, NpgsqlDbType.Bigint);
                copy.Write(row.FindingNo, NpgsqlDbType.Bigint);
                copy.Write(row.AssetNo, NpgsqlDbType.Bigint);
                copy.Write(row.PackNo, NpgsqlDbType.Integer);
                copy.Write(row.Status, NpgsqlDbType.Integer);
                if (row.Deadline is { } deadline)
                {
                    copy.Write(deadline, NpgsqlDbType.Date);
                }
                else
                {
                    copy.WriteNull();
                }

                Text(copy, row.MakerId);
                Text(copy, row.Designation);
                Text(copy, row.Obligation);
                Text(copy, row.MissingField);
                Text(copy, row.Waiver);
                Text(copy, row.Site);
                copy.Write(row.Manufacturer, NpgsqlDbType.Bytea);
                copy.Write(row.OwnerChain, NpgsqlDbType.Bytea);
                copy.Write(row.Evidence, NpgsqlDbType.Bytea);
                Text(copy, row.EvidenceValues);
            }

            copy.Complete();
        }
    }

    private static void Text(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }

    public override void Dispose() => connection.Dispose();
}
