using Microsoft.Extensions.Options;
using NetOrigin.Server.Operations;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Planning;

namespace NetOrigin.Server.Jobs;

/// <summary>
/// Takes jobs from the durable queue and runs them, renewing each job's lease while it runs. A job is never held by
/// two servers: a server that dies stops renewing, and after the lease runs out another takes the job over and
/// starts it again. Stopping this server gives its job back to the queue.
/// </summary>
public sealed partial class JobWorker(JobQueue queue, JobRunner runner, PlanJobRunner plans, NetOrigin.Storage.Risk.AnalysisJobRunner analyses, Startup startup, JobSignal signal, IOptions<ServerSettings> settings, ILogger<JobWorker> logger) : BackgroundService
{
    /// <summary>Who holds a lease: host, process and a random part, so two servers on one host differ.</summary>
    public static string WorkerId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!startup.Done && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(100, stoppingToken);
        }

        var workers = Enumerable.Range(0, Math.Max(1, settings.Value.JobWorkers)).Select(_ => WorkAsync(stoppingToken));
        await Task.WhenAll(workers);
    }

    private async Task WorkAsync(CancellationToken stopping)
    {
        var lease = TimeSpan.FromSeconds(settings.Value.JobLeaseSeconds);
        var poll = TimeSpan.FromSeconds(settings.Value.JobPollSeconds);
        while (!stopping.IsCancellationRequested)
        {
            Job? job;
            try
            {
                job = await queue.ClaimAsync(WorkerId, lease, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (System.Data.Common.DbException ex)
            {
                QueueUnavailable(logger, ex.GetType().Name);
                await Wait(poll, stopping);
                continue;
            }

            if (job is null)
            {
                await Wait(poll, stopping);
                continue;
            }

            await RunAsync(job, lease, stopping);
        }
    }

    private async Task Wait(TimeSpan poll, CancellationToken stopping)
    {
        try
        {
            await signal.WaitAsync(poll, stopping);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RunAsync(Job job, TimeSpan lease, CancellationToken stopping)
    {
        Started(logger, job.Id, job.Kind, job.Attempts);
        var progress = new JobProgress();
        using var cancel = new CancellationTokenSource();
        using var beating = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(job, lease, progress, cancel, beating.Token);
        JobOutcome outcome;
        try
        {
            outcome = job.Kind switch
            {
                JobKinds.Plan => await plans.RunAsync(job, WorkerId, progress, cancel.Token, stopping),
                JobKinds.Analyse => await analyses.RunAsync(job, WorkerId, progress, cancel.Token, stopping),
                _ => await runner.RunAsync(job, WorkerId, progress, cancel.Token, stopping),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The job's own errors are stored on the job; this is the server failing (the database went away).
            Crashed(logger, job.Id, ex.GetType().FullName ?? "?");
            outcome = JobOutcome.Failed;
        }
        finally
        {
            await beating.CancelAsync();
            await heartbeat;
        }

        Finished(logger, job.Id, outcome.ToString().ToLowerInvariant(), progress.RecordsDone, progress.Rejected);
    }

    /// <summary>Renews the lease and stores the progress every sixth of the lease; a cancellation request cancels the job.</summary>
    private async Task HeartbeatAsync(Job job, TimeSpan lease, JobProgress progress, CancellationTokenSource cancel, CancellationToken stop)
    {
        var interval = lease / 6;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                if (await queue.HeartbeatAsync(job, WorkerId, lease, progress, CancellationToken.None))
                {
                    await cancel.CancelAsync();
                }
            }
            catch (LeaseLostException)
            {
                await cancel.CancelAsync();
                return;
            }
            catch (System.Data.Common.DbException ex)
            {
                QueueUnavailable(logger, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Job {JobId} ({Kind}) started, attempt {Attempt}")]
    private static partial void Started(ILogger logger, long jobId, string kind, int attempt);

    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "Job {JobId} {Outcome}: {Records} records, {Rejected} rejected")]
    private static partial void Finished(ILogger logger, long jobId, string outcome, long records, long rejected);

    [LoggerMessage(EventId = 22, Level = LogLevel.Error, Message = "Job {JobId} stopped by a server error {ExceptionType}")]
    private static partial void Crashed(ILogger logger, long jobId, string exceptionType);

    [LoggerMessage(EventId = 23, Level = LogLevel.Warning, Message = "The job queue is unavailable ({ExceptionType}); retrying")]
    private static partial void QueueUnavailable(ILogger logger, string exceptionType);
}

/// <summary>Wakes an idle worker of this server when a job is queued here, instead of waiting for the next poll.</summary>
public sealed class JobSignal
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
