using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Assessment;

/// <summary>
/// A job's bulk writer on a thread of its own, so that storing one batch overlaps reading, assessing and encoding
/// the next (on two cores the job otherwise waits for every insert). Batches go through a short bounded queue, so
/// at most <see cref="Batches"/> are ever in memory, and come back empty to be filled again; batches that queued
/// up while the database was busy are written in one transaction. Batches are written in the order given; a
/// failure of the writer (the lease lost, the database) is thrown to the job at its next hand-over, and
/// <see cref="Complete"/> returns only once everything handed over is written. Disposing without completing
/// abandons what is queued and waits for the thread, so nothing is written after the job has stopped.
/// </summary>
internal sealed class WritingThread : IDisposable
{
    /// <summary>Batches in memory at most: one being filled, the rest queued or being written.</summary>
    private const int Batches = 3;

    /// <summary>Queued batches written together at most, so the write lock is never held for long.</summary>
    private const int MaxBatchesPerTransaction = 2;

    private readonly BulkWriter _writer;
    private readonly BlockingCollection<RowBatch> _full = new(new ConcurrentQueue<RowBatch>(), Batches - 1);
    private readonly BlockingCollection<RowBatch> _empty = new(new ConcurrentQueue<RowBatch>(), Batches);
    private readonly CancellationTokenSource _stopped = new();
    private readonly Thread _thread;
    private volatile ExceptionDispatchInfo? _failure;

    public WritingThread(Database database, Func<RowBatch> newBatch)
    {
        _writer = BulkWriter.Open(database);
        for (var i = 0; i < Batches; i++)
        {
            _empty.Add(newBatch());
        }

        _thread = new Thread(Run) { IsBackground = true, Name = "netorigin-writer" };
        _thread.Start();
    }

    /// <summary>An empty batch to fill (waits while all are queued or being written).</summary>
    public RowBatch Take()
    {
        try
        {
            return _empty.Take(_stopped.Token);
        }
        catch (OperationCanceledException)
        {
            ThrowFailure();
            throw;
        }
    }

    /// <summary>Queues <paramref name="batch"/> for writing; throws what stopped the writer, if anything did.</summary>
    public void Write(RowBatch batch)
    {
        ThrowFailure();
        try
        {
            _full.Add(batch, _stopped.Token);
        }
        catch (OperationCanceledException)
        {
            ThrowFailure();
            throw;
        }
    }

    /// <summary>Waits until every queued batch is written; throws what stopped the writer, if anything did.</summary>
    public void Complete()
    {
        _full.CompleteAdding();
        _thread.Join();
        ThrowFailure();
    }

    private void ThrowFailure() => _failure?.Throw();

    private void Run()
    {
        var together = new List<RowBatch>(MaxBatchesPerTransaction);
        try
        {
            foreach (var batch in _full.GetConsumingEnumerable(_stopped.Token))
            {
                together.Add(batch);
                while (together.Count < MaxBatchesPerTransaction && _full.TryTake(out var next))
                {
                    together.Add(next);
                }

                _writer.Write(together);
                foreach (var written in together)
                {
                    written.Clear();
                    _empty.Add(written);
                }

                together.Clear();
            }
        }
        catch (OperationCanceledException) when (_stopped.IsCancellationRequested)
        {
            // Abandoned: the job stopped; what was queued is not written.
        }
        catch (Exception ex)
        {
            _failure = ExceptionDispatchInfo.Capture(ex);
            _stopped.Cancel();
        }
    }

    public void Dispose()
    {
        if (_thread.IsAlive)
        {
            _stopped.Cancel();
            _thread.Join();
        }

        _writer.Dispose();
        _stopped.Dispose();
        _full.Dispose();
        _empty.Dispose();
    }
}
