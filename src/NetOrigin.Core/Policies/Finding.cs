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
    string? MissingField)
{
    /// <summary>The obligation that decided the status, when one did (waivers can be scoped to it).</summary>
    public string? ObligationId { get; init; }

    /// <summary>How the asset counts towards each share cap of the pack.</summary>
    public IReadOnlyList<ShareCapHit> ShareCaps { get; init; } = [];

    /// <summary>
    /// How many leading steps of <see cref="Evidence"/> are about the asset alone (how it was read and identified, its
    /// owner chain, where context values came from): the same step objects in every pack's finding on the asset,
    /// so reports can write them once per asset.
    /// </summary>
    public int AssetSteps
    {
        get => _assetSteps ?? Joined?.AssetSteps ?? 0;
        init => _assetSteps = value;
    }

    private readonly int? _assetSteps;

    /// <summary>The joined chain the finding was made with; kept when a later step (a waiver) replaces <see cref="Evidence"/>.</summary>
    internal FindingEvidence? Joined { get; init; }
}

/// <summary>
/// One asset's part in a share cap: whether it is in the cap's scope (null when a field the scope needs is missing)
/// and whether a designation the cap counts names it.
/// </summary>
public readonly record struct ShareCapHit(string ObligationId, bool? InScope, bool Covered);
