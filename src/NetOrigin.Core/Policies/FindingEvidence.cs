using System.Collections;

namespace NetOrigin.Policies;

/// <summary>
/// A finding's evidence chain: the asset's own steps (shared by every pack's finding on it), where context values
/// came from, then the pack's steps (shared by every asset with the same verdict). Joined when first read, once
/// whichever thread reads it, so a report that shows only some findings' evidence does not build the rest.
/// </summary>
internal sealed class FindingEvidence(AssetEvidence facts, IReadOnlyList<EvidenceStep> packSteps) : IReadOnlyList<EvidenceStep>
{
    /// <summary>How many leading steps are the asset's (<see cref="Finding.AssetSteps"/>).</summary>
    public int AssetSteps => facts.Steps.Count + (facts.Context is null ? 0 : 1);

    public int Count => Steps.Count;

    public EvidenceStep this[int index] => Steps[index];

    public IEnumerator<EvidenceStep> GetEnumerator() => Steps.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private List<EvidenceStep> Steps
    {
        get
        {
            if (Volatile.Read(ref field) is { } steps)
            {
                return steps;
            }

            var assetSteps = facts.Steps;
            var made = new List<EvidenceStep>(assetSteps.Count + 1 + packSteps.Count);
            made.AddRange(assetSteps);
            if (facts.Context is { } context)
            {
                made.Add(context);
            }

            made.AddRange(packSteps);
            return Interlocked.CompareExchange(ref field, made, null) ?? made;
        }
    }
}
