namespace NetOrigin.Storage.Jobs;

/// <summary>
/// How every kind of job's attempt ends, in one place: done, taken by another server (lease lost), handed back to
/// the queue because this server is stopping, cancelled on request, or failed for a reason in its input, which
/// is recorded with the job. Anything else is a fault of the server and propagates to the worker.
/// </summary>
internal static class JobAttempt
{
    /// <param name="work">The job's work, given a token that fires on cancel or on stopping.</param>
    /// <param name="endWithoutResult">Ends the job with a state and reason, writing none of its results.</param>
    /// <param name="isInputError">Whether an exception is the job's input at fault (the job fails with its message).</param>
    public static async Task<JobOutcome> RunAsync(
        JobQueue queue,
        Job job,
        string worker,
        CancellationToken cancel,
        CancellationToken stopping,
        Func<CancellationToken, Task> work,
        Func<string, string, Task<JobOutcome>> endWithoutResult,
        Func<Exception, bool> isInputError)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(cancel, stopping);
        try
        {
            await work(both.Token);
            return JobOutcome.Succeeded;
        }
        catch (LeaseLostException)
        {
            return JobOutcome.LeaseLost;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await queue.ReleaseAsync(job, worker, CancellationToken.None);
            return JobOutcome.Released;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return await endWithoutResult(JobStates.Cancelled, "cancelled on request");
        }
        catch (Exception ex) when (isInputError(ex))
        {
            return await endWithoutResult(JobStates.Failed, ex.Message);
        }
    }
}
