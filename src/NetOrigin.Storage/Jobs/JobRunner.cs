using System.Text;
using System.Text.Json;
using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.ReferenceData;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Jobs;

/// <summary>How a job ended, for the worker's log (never the uploaded data itself).</summary>
public enum JobOutcome
{
    Succeeded,
    Failed,
    Cancelled,

    /// <summary>The server is stopping: the job went back to the queue for another server.</summary>
    Released,

    /// <summary>Another server holds the job now; this one wrote nothing more.</summary>
    LeaseLost,
}

/// <summary>
/// Runs one claimed job: an import (read the upload into assets and rejected rows, and assess them in the same pass
/// when a run was asked for) or an assessment of a stored import. The engines are Core's; this wires them to the
/// store. A job that starts again (its server died) first removes what the earlier attempt wrote. Results become
/// visible in one transaction with the job's end, and only while this server still holds the job.
/// </summary>
public sealed class JobRunner(Database database, ReferenceSnapshot reference, UploadStore uploads, JobQueue queue, AuditLog audit)
{
    public async Task<JobOutcome> RunAsync(Job job, string worker, JobProgress progress, CancellationToken cancel, CancellationToken stopping)
    {
        var payload = JsonSerializer.Deserialize<Dictionary<string, long?>>(job.Payload)!;
        var importId = payload["import_id"]!.Value;
        var runId = payload.GetValueOrDefault("run_id");
        return await JobAttempt.RunAsync(
            queue,
            job,
            worker,
            cancel,
            stopping,
            async token =>
            {
                var work = await PrepareAsync(job, worker, importId, runId, progress, token);
                var result = await Task.Factory.StartNew(() => Execute(job, worker, work, progress, token), token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                await FinishAsync(job, worker, work, result, JobStates.Succeeded, null, progress);
                if (job.Kind == JobKinds.Import)
                {
                    await uploads.DeleteAsync(job.TenantId, importId, CancellationToken.None);
                }
            },
            (state, reason) => EndWithoutResultAsync(job, worker, importId, runId, state, reason, progress),
            ex => ex is InventoryFormatException or InvalidDataException or ReferenceDataException or DecoderFallbackException or StorageException or ConflictException);
    }

    private sealed record Work(ImportRecord Import, RunRecord? Run, StoredAssessment Assessment);

    private sealed record Result(RecordCounts Counts, IReadOnlyList<string> UnusedColumns, AssessmentSummary? Summary, string? Report, long Findings);

    private async Task<Work> PrepareAsync(Job job, string worker, long importId, long? runId, JobProgress progress, CancellationToken cancellationToken)
    {
        progress.Phase = job.Attempts > 1 ? "resuming" : "starting";
        await using var session = await database.WriteAsync(cancellationToken);
        if (!await JobQueue.HoldsAsync(session, job.TenantId, job.Id, worker))
        {
            throw new LeaseLostException(job.Id);
        }

        var import = await Imports.GetAsync(session, job.TenantId, importId) ?? throw new InvalidDataException($"import {importId} of job {job.Id} does not exist");
        var run = runId is { } r ? await Runs.GetAsync(session, job.TenantId, r) : null;
        await RemovePartialRowsAsync(session, job, importId, runId);
        if (job.Kind == JobKinds.Import)
        {
            await session.ExecuteAsync("UPDATE imports SET state = 'running' WHERE tenant_id = @tenant AND import_id = @id", ("tenant", job.TenantId), ("id", importId));
        }

        if (run is not null)
        {
            await session.ExecuteAsync("UPDATE runs SET state = 'running' WHERE tenant_id = @tenant AND run_id = @id", ("tenant", job.TenantId), ("id", run.Id));
        }

        var assessment = await StoredAssessment.LoadAsync(session, reference, job.TenantId, run);
        await session.CommitAsync();
        progress.BytesTotal = job.Kind == JobKinds.Import ? import.SizeBytes : null;
        progress.RecordsTotal = job.Kind == JobKinds.Assess ? import.RecordsRead : null;
        return new Work(import, run, assessment);
    }

    /// <summary>What an earlier attempt of the job wrote (never visible: its import or run was not complete).</summary>
    private static async Task RemovePartialRowsAsync(DbSession session, Job job, long importId, long? runId)
    {
        var dialect = session.Dialect;
        (string, object?)[] Owner(long owner) => [("tenant", job.TenantId), ("owner", owner), ("after", 0L), ("upto", SqlDialect.MaxRowsPerRun)];
        if (job.Kind == JobKinds.Import)
        {
            await session.ExecuteAsync($"DELETE FROM assets WHERE {dialect.Assets.Range("assets").Replace("assets.", "", StringComparison.Ordinal)}", Owner(importId));
            await session.ExecuteAsync("DELETE FROM import_rejections WHERE tenant_id = @tenant AND import_id = @id", ("tenant", job.TenantId), ("id", importId));
        }

        if (runId is { } run)
        {
            await session.ExecuteAsync($"DELETE FROM findings WHERE {dialect.Findings.Range("findings").Replace("findings.", "", StringComparison.Ordinal)}", Owner(run));
        }
    }

    private Result Execute(Job job, string worker, Work work, JobProgress progress, CancellationToken cancellationToken)
    {
        using var writer = new WritingThread(database, () => new RowBatch(job.TenantId, work.Import.Id, work.Run?.Id ?? 0, job.Id, worker));
        var reading = job.Kind == JobKinds.Import;
        var sink = new RunSink(writer, storeAssets: reading, storeRejections: reading, progress, cancellationToken);
        using var inventory = reading ? OpenUpload(work.Import, progress) : new StoredInventoryReader(database, work.Import, cancellationToken);
        if (work.Run is not { } run)
        {
            progress.Phase = "importing";
            var counts = new RecordCounts();
            foreach (var record in inventory.Read())
            {
                counts.Count(record);
                if (record.Asset is { } asset)
                {
                    sink.AddAsset(asset);
                }
                else
                {
                    sink.AddRejection(record.Rejection!);
                }
            }

            sink.Complete();
            return new Result(counts, inventory.UnusedColumns, null, null, 0);
        }

        progress.Phase = reading ? "importing and assessing" : "assessing";
        var summary = work.Assessment.Run(reference).Run(inventory, new AssessmentContext(work.Import.FileName, work.Assessment.Packs, run.AsOf), sink);
        return new Result(summary.Records, inventory.UnusedColumns, summary, sink.Report, sink.Findings);
    }

    private IInventoryReader OpenUpload(ImportRecord import, JobProgress progress)
    {
        var stream = new CountingStream(uploads.OpenRead(import.TenantId, import.Id), progress);
        var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var format = import.Format switch
        {
            "csv" => InventoryFormat.Csv,
            "tsv" => InventoryFormat.Tsv,
            "jsonl" => InventoryFormat.JsonLines,
            _ => (InventoryFormat?)null,
        };
        return InventorySource.Open(text, import.FileName, format);
    }

    private async Task FinishAsync(Job job, string worker, Work work, Result result, string state, string? error, JobProgress progress)
    {
        progress.Phase = "done";
        await using var session = await database.WriteAsync(CancellationToken.None);
        if (!await JobQueue.HoldsAsync(session, job.TenantId, job.Id, worker))
        {
            throw new LeaseLostException(job.Id);
        }

        var now = StoredTime.Now(TimeProvider.System);
        if (job.Kind == JobKinds.Import)
        {
            await session.ExecuteAsync(
                "UPDATE imports SET state = 'complete', records_read = @read, records_accepted = @accepted, records_rejected = @rejected, unused_columns = @unused, completed_at = @at WHERE tenant_id = @tenant AND import_id = @id",
                ("read", result.Counts.Read), ("accepted", result.Counts.Accepted), ("rejected", result.Counts.Rejected), ("unused", JsonSerializer.Serialize(result.UnusedColumns)), ("at", now),
                ("tenant", job.TenantId), ("id", work.Import.Id));
            await audit.AppendAsync(session, job.TenantId, AuditLog.SystemActor, "import.complete", $"import/{work.Import.Id}", AuditEntry.DetailsOf(("job", job.Id), ("read", result.Counts.Read), ("accepted", result.Counts.Accepted), ("rejected", result.Counts.Rejected)));
        }

        if (work.Run is { } run)
        {
            await session.ExecuteAsync(
                "UPDATE runs SET state = 'complete', summary = @report, packs = @packs, reference_data = @reference, completed_at = @at WHERE tenant_id = @tenant AND run_id = @id",
                ("report", result.Report), ("packs", RunRecord.PacksJson(work.Assessment.Packs.Select(p => new PackVersion(p.Id, p.Version, p.Title)))), ("reference", reference.Describe(work.Assessment.Packs)), ("at", now),
                ("tenant", job.TenantId), ("id", run.Id));
            await audit.AppendAsync(session, job.TenantId, AuditLog.SystemActor, "run.complete", $"run/{run.Id}", AuditEntry.DetailsOf(("job", job.Id), ("import", work.Import.Id), ("findings", result.Findings), ("data_sha256", reference.Hash)));
        }

        await queue.FinishAsync(session, job, worker, state, error, progress);
        await session.CommitAsync();
    }

    private async Task<JobOutcome> EndWithoutResultAsync(Job job, string worker, long importId, long? runId, string state, string reason, JobProgress progress)
    {
        progress.Phase = state;
        await using var session = await database.WriteAsync(CancellationToken.None);
        if (!await JobQueue.HoldsAsync(session, job.TenantId, job.Id, worker))
        {
            return JobOutcome.LeaseLost;
        }

        await RemovePartialRowsAsync(session, job, importId, runId);
        if (job.Kind == JobKinds.Import)
        {
            await session.ExecuteAsync("UPDATE imports SET state = @state, error = @error WHERE tenant_id = @tenant AND import_id = @id", ("state", state), ("error", reason), ("tenant", job.TenantId), ("id", importId));
        }

        if (runId is { } run)
        {
            await session.ExecuteAsync("UPDATE runs SET state = @state, error = @error WHERE tenant_id = @tenant AND run_id = @id", ("state", state), ("error", reason), ("tenant", job.TenantId), ("id", run));
        }

        await audit.AppendAsync(session, job.TenantId, AuditLog.SystemActor, $"job.{(state == JobStates.Cancelled ? "cancel" : "fail")}", $"job/{job.Id}", AuditEntry.DetailsOf(("kind", job.Kind), ("import", importId), ("run", runId)));
        await queue.FinishAsync(session, job, worker, state, reason, progress);
        await session.CommitAsync();
        if (job.Kind == JobKinds.Import)
        {
            await uploads.DeleteAsync(job.TenantId, importId, CancellationToken.None);
        }

        return state == JobStates.Cancelled ? JobOutcome.Cancelled : JobOutcome.Failed;
    }

    /// <summary>Counts the bytes the reader has taken, for the job's progress.</summary>
    private sealed class CountingStream(Stream inner, JobProgress progress) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read += n;
            progress.SetBytes(_read);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
