namespace NetOrigin.Storage.Jobs;

/// <summary>
/// How far a running job has got, written by the job's thread and read by its heartbeat, which stores it for the
/// API (phase, records done of total, bytes read of total, rejects so far).
/// </summary>
public sealed class JobProgress
{
    private long _recordsDone;
    private long _bytesDone;
    private long _rejected;

    public string Phase { get; set; } = "starting";
    public long? RecordsTotal { get; set; }
    public long? BytesTotal { get; set; }

    public long RecordsDone => Interlocked.Read(ref _recordsDone);
    public long BytesDone => Interlocked.Read(ref _bytesDone);
    public long Rejected => Interlocked.Read(ref _rejected);

    public void Record() => Interlocked.Increment(ref _recordsDone);

    public void Reject()
    {
        Interlocked.Increment(ref _recordsDone);
        Interlocked.Increment(ref _rejected);
    }

    public void SetBytes(long bytes) => Interlocked.Exchange(ref _bytesDone, bytes);
}
