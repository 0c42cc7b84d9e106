using System.Collections;

namespace NetOrigin.Policies;

/// <summary>
/// A finding's evidence chain: the asset's own steps (shared by every pack's finding on it), where context values
/// came from, then the pack's steps (shared by every asset with the same verdict). A view over those parts, never
/// copied into a list of its own: the asset's steps are made when first read (once, whichever thread reads them), so
/// a report that shows only some findings' evidence does not build the rest, and many packs' findings on one asset
/// cost no list each.
/// </summary>
internal sealed class FindingEvidence(AssetEvidence facts, IReadOnlyList<EvidenceStep> packSteps) : IReadOnlyList<EvidenceStep>
{
    /// <summary>How many leading steps are the asset's (<see cref="Finding.AssetSteps"/>).</summary>
    public int AssetSteps => facts.Steps.Count + (facts.Context is null ? 0 : 1);

    public int Count => AssetSteps + packSteps.Count;

    public EvidenceStep this[int index]
    {
        get
        {
            var own = facts.Steps;
            if (index < own.Count)
            {
                return own[index];
            }

            index -= own.Count;
            if (facts.Context is { } context)
            {
                if (index == 0)
                {
                    return context;
                }

                index--;
            }

            return packSteps[index];
        }
    }

    public IEnumerator<EvidenceStep> GetEnumerator()
    {
        foreach (var step in facts.Steps)
        {
            yield return step;
        }

        if (facts.Context is { } context)
        {
            yield return context;
        }

        foreach (var step in packSteps)
        {
            yield return step;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
