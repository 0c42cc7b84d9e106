using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using NetOrigin.Inventory;

namespace NetOrigin.Assessment;

/// <summary>
/// Reads records on a background thread in batches, through a bounded queue, so parsing and assessing use two cores
/// ("throughput over latency") while memory stays bounded by the queue. Order is kept; a reader error is rethrown to
/// the consumer where it happened.
/// </summary>
internal static class RecordPipeline
{
    private const int BatchSize = 512;
    private const int QueuedBatches = 16;

    public static IEnumerable<InventoryRecord> ReadAhead(IInventoryReader reader)
    {
        using var queue = new BlockingCollection<InventoryRecord[]>(QueuedBatches);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = new Thread(() =>
        {
            try
            {
                var batch = new List<InventoryRecord>(BatchSize);
                foreach (var record in reader.Read())
                {
                    batch.Add(record);
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
            Name = "netorigin-reader",
        };
        producer.Start();
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                foreach (var record in batch)
                {
                    yield return record;
                }
            }

            producer.Join();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Join();
        }
    }
}
