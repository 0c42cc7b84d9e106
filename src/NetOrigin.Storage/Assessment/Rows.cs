namespace NetOrigin.Storage.Assessment;

/// <summary>One stored asset of an import.</summary>
internal readonly record struct AssetRow(long AssetNo, string AssetId, string? Name, string? Site, long Line, byte[] Fields);

/// <summary>One stored rejected record of an import.</summary>
internal readonly record struct RejectionRow(long RejectionNo, long Line, string Reason, string Excerpt);

/// <summary>One stored finding of a run; evidence pieces are hashes into evidence_blobs.</summary>
internal readonly record struct FindingRow(
    long FindingNo,
    long AssetNo,
    int PackNo,
    int Status,
    DateOnly? Deadline,
    string? MakerId,
    string? Designation,
    string? Obligation,
    string? MissingField,
    string? Waiver,
    string? Site,
    byte[] Manufacturer,
    byte[] OwnerChain,
    byte[] Evidence,
    string? EvidenceValues);

/// <summary>Rows written together, in one transaction, by a job.</summary>
internal sealed class RowBatch(long tenantId, long importId, long runId, long jobId, string worker)
{
    /// <summary>The job writing the rows and the server holding it: every batch checks the lease is still held.</summary>
    public long JobId { get; } = jobId;
    public string Worker { get; } = worker;

    public long TenantId { get; } = tenantId;
    public long ImportId { get; } = importId;
    public long RunId { get; } = runId;
    public List<AssetRow> Assets { get; } = [];
    public List<RejectionRow> Rejections { get; } = [];
    public List<FindingRow> Findings { get; } = [];
    public List<(byte[] Hash, byte[] Body)> Blobs { get; } = [];

    public int Count => Assets.Count + Rejections.Count + Findings.Count + Blobs.Count;

    public void Clear()
    {
        Assets.Clear();
        Rejections.Clear();
        Findings.Clear();
        Blobs.Clear();
    }
}
