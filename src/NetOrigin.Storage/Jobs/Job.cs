namespace NetOrigin.Storage.Jobs;

/// <summary>A durable job as stored: what it is, where it stands, who holds it and until when.</summary>
public sealed record Job(
    long TenantId,
    long Id,
    string Kind,
    string State,
    string Payload,
    string Phase,
    long RecordsDone,
    long? RecordsTotal,
    long BytesDone,
    long? BytesTotal,
    long Rejected,
    int Attempts,
    string? LeaseOwner,
    DateTimeOffset? LeaseUntil,
    DateTimeOffset? HeartbeatAt,
    bool CancelRequested,
    string? Error,
    string? Note,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt);

public static class JobStates
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}

public static class JobKinds
{
    /// <summary>Read an uploaded inventory into an import (and assess it in the same pass when asked).</summary>
    public const string Import = "import";

    /// <summary>Assess a stored import.</summary>
    public const string Assess = "assess";

    /// <summary>Make a replacement plan from a complete run (and the tenant's progress so far).</summary>
    public const string Plan = "plan";

    /// <summary>Make and keep a risk or exposure analysis of a complete run (a model or a cut-off asked for on a page).</summary>
    public const string Analyse = "analyse";
}

/// <summary>The job's lease went to another server (this one was presumed dead): stop, write nothing more.</summary>
public sealed class LeaseLostException(long jobId) : Exception($"job {jobId} is now held by another server");
