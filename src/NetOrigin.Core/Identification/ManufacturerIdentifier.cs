using NetOrigin.Entities;
using NetOrigin.Inventory;

namespace NetOrigin.Identification;

/// <summary>
/// Names who made (or, for services, who provides) an asset. Every identifier contributes claims; claims for the
/// same organisation reinforce each other (1 − Π(1 − c)); the strongest organisation wins, and a strong claim for
/// another organisation is reported as a disagreement rather than dropped.
/// </summary>
public sealed class ManufacturerIdentifier(IReadOnlyList<IClaimSource> sources)
{
    /// <summary>A competing claim at least this strong is reported as a disagreement.</summary>
    private const double DisagreementThreshold = 0.5;

    public Attribution Identify(Asset asset, DateOnly asOf)
    {
        var claims = new List<ManufacturerClaim>(4);
        var notes = new List<string>(1);
        foreach (var source in sources)
        {
            source.AddClaims(asset, asOf, claims, notes);
        }

        if (claims.Count == 0)
        {
            return notes.Count == 0 ? Attribution.None : new Attribution(null, 0, [], notes, null);
        }

        // Operating-system claims name a host only when no claim names a device maker.
        var hardwareKnown = claims.Exists(c => !c.OperatingSystemOnly);

        // Claims per asset are few: a quadratic scan is cheaper than grouping.
        Organisation? best = null, runnerUp = null;
        double bestScore = 0, runnerUpScore = 0;
        for (var i = 0; i < claims.Count; i++)
        {
            var organisation = claims[i].Organisation;
            if (FirstIndexOf(claims, organisation, hardwareKnown) != i)
            {
                continue;
            }

            var miss = 1.0;
            for (var j = i; j < claims.Count; j++)
            {
                if (claims[j].Organisation.Is(organisation) && Counts(claims[j], hardwareKnown))
                {
                    miss *= 1 - claims[j].Confidence;
                }
            }

            var score = 1 - miss;
            if (score > bestScore)
            {
                (runnerUp, runnerUpScore) = (best, bestScore);
                (best, bestScore) = (organisation, score);
            }
            else if (score > runnerUpScore)
            {
                (runnerUp, runnerUpScore) = (organisation, score);
            }
        }

        string? disagreement = null;
        if (runnerUp is not null && runnerUpScore >= DisagreementThreshold)
        {
            var against = claims.Where(c => c.Organisation.Is(runnerUp)).Select(c => c.Basis).Distinct();
            var support = claims.Where(c => c.Organisation.Is(best)).Select(c => c.Basis).Distinct();
            disagreement = $"{string.Join(" and ", against)} point to {runnerUp.Name}, but {string.Join(" and ", support)} point to {best!.Name}; {best.Name} is taken as the maker";
            bestScore *= 0.9;
        }

        return new Attribution(best, Math.Round(bestScore, 3), claims, notes, disagreement) { OperatingSystemOnly = !hardwareKnown };
    }

    private static bool Counts(ManufacturerClaim claim, bool hardwareKnown) => !hardwareKnown || !claim.OperatingSystemOnly;

    private static int FirstIndexOf(List<ManufacturerClaim> claims, Organisation organisation, bool hardwareKnown)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].Organisation.Is(organisation) && Counts(claims[i], hardwareKnown))
            {
                return i;
            }
        }

        return -1;
    }
}
