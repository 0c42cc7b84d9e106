namespace NetOrigin.Storage.Inventory;

/// <summary>
/// One import of an inventory: the file, its SHA-256, and what became of its records. Its assets and rejected rows
/// are visible only once <see cref="State"/> is <c>complete</c>.
/// </summary>
public sealed record ImportRecord(
    long TenantId,
    long Id,
    string Source,
    string FileName,
    string? Format,
    string? Sha256,
    long SizeBytes,
    string State,
    long RecordsRead,
    long RecordsAccepted,
    long RecordsRejected,
    string UnusedColumns,
    string? Error,
    long JobId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public bool IsComplete => State == RecordStates.Complete;
}

/// <summary>The states of imports and runs.</summary>
public static class RecordStates
{
    public const string Uploading = "uploading";
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Complete = "complete";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
