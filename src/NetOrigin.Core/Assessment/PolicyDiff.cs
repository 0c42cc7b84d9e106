using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Assessment;

/// <summary>
/// Which assets change status between two versions of a pack (e.g. before and after a list gains entries): each
/// accepted asset is identified once and judged by both; every record is counted, rejected ones go to
/// <c>reject</c>.
/// </summary>
public sealed class PolicyDiff(ManufacturerIdentifier identifier, PolicyEvaluator before, PolicyEvaluator after)
{
    public PolicyDiffSummary Run(IInventoryReader reader, DateOnly asOf, Action<PolicyChange> change, Action<Rejection> reject)
    {
        var summary = new PolicyDiffSummary();
        foreach (var asset in reader.Assets(summary.Records, reject))
        {
            var identification = identifier.Identify(asset, asOf);
            var old = before.Evaluate(asset, identification, asOf);
            var @new = after.Evaluate(asset, identification, asOf);
            if (old.Status == @new.Status && old.Deadline == @new.Deadline)
            {
                continue;
            }

            summary.Changed++;
            change(new PolicyChange(asset, old, @new));
        }

        return summary;
    }
}

/// <summary>One asset whose finding differs between the two packs.</summary>
public sealed record PolicyChange(Asset Asset, Finding Before, Finding After)
{
    /// <summary>Why the new pack decides as it does: its designation step, else its last step.</summary>
    public EvidenceStep Why => After.Evidence.LastOrDefault(e => e.Kind == EvidenceKind.Designation) ?? After.Evidence[^1];
}

public sealed class PolicyDiffSummary
{
    public RecordCounts Records { get; } = new();
    public long Changed { get; internal set; }
}
