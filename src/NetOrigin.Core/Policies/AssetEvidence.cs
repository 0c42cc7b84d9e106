using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Inventory;

namespace NetOrigin.Policies;

/// <summary>
/// What every pack's finding on one asset says alike: how the record was read and identified, who made the asset
/// and who controlled the maker when it was obtained, and who runs it. Built once per asset (<see cref="AssetEvidenceBuilder"/>)
/// and shared by the findings of all packs, so many packs cost little more than one. Verdicts need only the owner
/// chain and the operator's standing; the steps are made when first read (once, whichever thread reads them), so a
/// report that shows a few findings' evidence does not pay for the rest.
/// </summary>
internal sealed class AssetEvidence
{
    private readonly AssetEvidenceBuilder _builder;
    private readonly bool _atAcquisition;
    internal AssetEvidence(AssetEvidenceBuilder builder, Asset asset, Attribution attribution, ControlChain? ownerChain, DateOnly ownershipDate, bool atAcquisition, OperatorStanding? standing, EvidenceStep? context, VerdictShape? shape)
    {
        _builder = builder;
        Asset = asset;
        Attribution = attribution;
        OwnerChain = ownerChain;
        OwnershipDate = ownershipDate;
        _atAcquisition = atAcquisition;
        Standing = standing;
        Context = context;
        Shape = shape;
    }

    public Asset Asset { get; }
    public Attribution Attribution { get; }

    /// <summary>The maker's control chain as of <see cref="OwnershipDate"/>; null when no device maker is known.</summary>
    public ControlChain? OwnerChain { get; }

    public DateOnly OwnershipDate { get; }

    /// <summary>
    /// The leading steps of every finding on the asset: input, identifier, manufacturer, owner. One list object for
    /// all readers, so every pack's finding holds the same step objects.
    /// </summary>
    public IReadOnlyList<EvidenceStep> Steps
    {
        get
        {
            if (Volatile.Read(ref field) is { } steps)
            {
                return steps;
            }

            var made = _builder.StepsOf(this, _atAcquisition);
            return Interlocked.CompareExchange(ref field, made, null) ?? made;
        }
    }

    internal OperatorStanding? Standing { get; }

    /// <summary>What every pack's verdict on the asset depends on besides its installation date; null when no device maker is known.</summary>
    internal VerdictShape? Shape { get; }

    /// <summary>Where values rules read came from when not from the row (a context file), if anywhere.</summary>
    internal EvidenceStep? Context { get; }
}
