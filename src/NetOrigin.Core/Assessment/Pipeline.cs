using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace NetOrigin.Assessment;

/// <summary>
/// Runs an enumeration on a background thread, ahead of its consumer, in batches through a bounded queue: stages
/// of the assessment (read, evaluate, write) then use both cores ("throughput over latency") while memory stays
/// bounded by the queue. Order is kept; an error in the stage is rethrown to the consumer where it happened, and a
/// consumer that stops early stops the stage.
/// </summary>
internal static class Pipeline
{
    private const int BatchSize = 256;
    private const int QueuedBatches = 16;

    public static IEnumerable<T> Ahead<T>(IEnumerable<T> source, string stage)
    {
        using var queue = new BlockingCollection<T[]>(QueuedBatches);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = new Thread(() =>
        {
            try
            {
                var batch = new List<T>(BatchSize);
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == BatchSize)
                    {
                        queue.Add([.. batch], stop.Token);
                        batch.Clear();
                    }
                }

                if (batch.Count > 0)
                {
                    queue.Add([.. batch], stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early; nothing more is wanted.
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = $"netorigin-{stage}",
        };
        producer.Start();
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }

            producer.Join();
            failure?.Throw();
        }
        finally
        {
            // A producer waiting for room in a full queue is released by the cancellation its Add observes.
            stop.Cancel();
            producer.Join();
        }
    }
}
