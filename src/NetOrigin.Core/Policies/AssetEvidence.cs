using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Inventory;

namespace NetOrigin.Policies;

/// <summary>
/// What every pack's finding on one asset says alike: how the record was read and identified, who made the asset
/// and who controlled the maker when it was obtained, and who runs it. Built once per asset (<see cref="AssetEvidenceBuilder"/>)
/// and shared by the findings of all packs, so many packs cost little more than one.
/// </summary>
internal sealed class AssetEvidence
{
    internal AssetEvidence(Asset asset, Attribution attribution, ControlChain? ownerChain, DateOnly ownershipDate, IReadOnlyList<EvidenceStep> steps, OperatorStanding? standing, EvidenceStep? context)
    {
        Asset = asset;
        Attribution = attribution;
        OwnerChain = ownerChain;
        OwnershipDate = ownershipDate;
        Steps = steps;
        Standing = standing;
        Context = context;
    }

    public Asset Asset { get; }
    public Attribution Attribution { get; }

    /// <summary>The maker's control chain as of <see cref="OwnershipDate"/>; null when no device maker is known.</summary>
    public ControlChain? OwnerChain { get; }

    public DateOnly OwnershipDate { get; }

    /// <summary>The leading steps of every finding on the asset: input, identifier, manufacturer, owner.</summary>
    public IReadOnlyList<EvidenceStep> Steps { get; }

    internal OperatorStanding? Standing { get; }

    /// <summary>Where values rules read came from when not from the row (a context file), if anywhere.</summary>
    internal EvidenceStep? Context { get; }
}
