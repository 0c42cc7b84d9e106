using System.Text.Json;
using System.Text.Json.Serialization;
using NetOrigin.ReferenceData;
using NetOrigin.Risk.Exposure;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Risk;

/// <summary>
/// Analysis jobs: a risk model or a cut-off of a complete run, asked for on a page, made on a job (the page shows
/// its progress instead of waiting) and kept with the job's end, only while this server still holds the job.
/// </summary>
public sealed class AnalysisJobRunner(Database database, JobQueue queue, RunAnalysis analysis, StoredAnalyses analyses)
{
    private sealed record Request(
        [property: JsonPropertyName("run_id")] long RunId,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("subject")] string Subject);

    /// <summary>
    /// The job making <paramref name="key"/>: the newest one asked for (running, done or failed), or a new one when
    /// none was, or the last was cancelled. The caller wakes the workers when the job is new.
    /// </summary>
    public async Task<(Job Job, bool Queued)> RequestAsync(AnalysisKey key, string createdBy, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(new Request(key.RunId, key.Kind, key.Subject));
        await using var session = await database.WriteAsync(cancellationToken);
        var id = await session.ScalarAsync<long?>(
            "SELECT MAX(job_id) FROM jobs WHERE tenant_id = @tenant AND kind = @kind AND payload = @payload AND state <> 'cancelled'",
            ("tenant", key.TenantId), ("kind", JobKinds.Analyse), ("payload", payload));
        var queued = id is null;
        id ??= await queue.EnqueueAsync(session, key.TenantId, JobKinds.Analyse, payload, createdBy);
        await session.CommitAsync();
        return ((await queue.GetAsync(key.TenantId, id.Value, cancellationToken))!, queued);
    }

    public async Task<JobOutcome> RunAsync(Job job, string worker, JobProgress progress, CancellationToken cancel, CancellationToken stopping)
    {
        var request = JsonSerializer.Deserialize<Request>(job.Payload)!;
        return await JobAttempt.RunAsync(
            queue,
            job,
            worker,
            cancel,
            stopping,
            async token =>
            {
                progress.Phase = request.Kind == "risk" ? "analysing risk" : "analysing exposure";
                var (run, import) = await CompleteRunAsync(job, request.RunId, token);
                progress.RecordsTotal = import.RecordsRead;
                await using var made = request.Kind == "risk"
                    ? await analyses.MakeRiskAsync(run, import, analysis.Model(request.Subject) ?? throw new InvalidDataException($"no risk model '{request.Subject}'"), token)
                    : await analyses.MakeExposureAsync(run, import, [.. request.Subject.Split(',').Select(cut => analysis.ResolveCut(cut, run.AsOf))], token);
                progress.Phase = "done";
                await using var session = await database.WriteAsync(CancellationToken.None);
                if (!await JobQueue.HoldsAsync(session, job.TenantId, job.Id, worker))
                {
                    throw new LeaseLostException(job.Id);
                }

                await StoredAnalyses.KeepAsync(session, made);
                await queue.FinishAsync(session, job, worker, JobStates.Succeeded, null, progress);
                await session.CommitAsync();
            },
            async (state, reason) =>
            {
                progress.Phase = state;
                await using var session = await database.WriteAsync(CancellationToken.None);
                if (!await JobQueue.HoldsAsync(session, job.TenantId, job.Id, worker))
                {
                    return JobOutcome.LeaseLost;
                }

                await queue.FinishAsync(session, job, worker, state, reason, progress);
                await session.CommitAsync();
                return state == JobStates.Cancelled ? JobOutcome.Cancelled : JobOutcome.Failed;
            },
            ex => ex is InvalidDataException or CutTargetException or ReferenceDataException or StorageException);
    }

    private async Task<(RunRecord Run, ImportRecord Import)> CompleteRunAsync(Job job, long runId, CancellationToken cancellationToken)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var run = await Runs.GetAsync(session, job.TenantId, runId);
        if (run is not { IsComplete: true })
        {
            throw new InvalidDataException($"run {runId} of job {job.Id} is not a complete run");
        }

        var import = await Imports.GetAsync(session, job.TenantId, run.ImportId) ?? throw new InvalidDataException($"import {run.ImportId} of run {runId} does not exist");
        return (run, import);
    }
}
