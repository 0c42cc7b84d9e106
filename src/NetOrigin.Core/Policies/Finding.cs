using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Inventory;

namespace NetOrigin.Policies;

/// <summary>The verdict of one policy pack on one asset, with the evidence that leads to it.</summary>
public sealed record Finding(
    Asset Asset,
    string PackId,
    FindingStatus Status,
    DateOnly? Deadline,
    Attribution Attribution,
    ControlChain? OwnerChain,
    IReadOnlyList<EvidenceStep> Evidence,
    string? DesignationId,
    string? MissingField);
