namespace NetOrigin.Policies;

/// <summary>
/// A verdict on the network as a whole rather than one asset: e.g. a share cap ("Huawei is 41% of full-fibre
/// access equipment; the cap is 35%").
/// </summary>
public sealed record PackFinding(
    string PackId,
    string ObligationId,
    FindingStatus Status,
    decimal SharePercent,
    decimal CapPercent,
    long Covered,
    long InScope,
    long Undecided,
    DateOnly? Deadline,
    IReadOnlyList<EvidenceStep> Evidence);
