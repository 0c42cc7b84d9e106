using NetOrigin.Entities;
using NetOrigin.Inventory;

namespace NetOrigin.Identification;

/// <summary>
/// Names who made (or, for services, who provides) an asset, and who made its operating system. Every identifier
/// contributes claims. A maker the device's own description names outranks an enterprise number it merely carries
/// (an unrelated registrant's number is borrowed, and is reported, not counted), unless the data knows the
/// registrant builds that brand's products. Claims for the same organisation then reinforce each other
/// (1 − Π(1 − c)); the strongest organisation wins, and a strong claim for another organisation is reported as a
/// disagreement rather than dropped. Operating-system claims name the OS maker, and name the host only when no
/// claim names a device maker.
/// </summary>
public sealed class ManufacturerIdentifier
{
    /// <summary>A competing claim at least this strong is reported as a disagreement.</summary>
    private const double DisagreementThreshold = 0.5;

    private readonly IReadOnlyList<IClaimSource> _sources;
    private readonly HashSet<(string Maker, string Brand)> _oem = [];

    internal ManufacturerIdentifier(IReadOnlyList<IClaimSource> sources, OrganisationGraph? graph = null)
    {
        _sources = sources;
        foreach (var relation in graph?.OemRelations ?? [])
        {
            _oem.Add((relation.MakerId, relation.BrandOwnerId is { } owner ? "id:" + owner : OrganisationNames.Key(relation.BrandName!)));
        }
    }

    internal Attribution Identify(Asset asset, DateOnly asOf)
    {
        var claims = new List<ManufacturerClaim>(4);
        var notes = new List<string>(1);
        foreach (var source in _sources)
        {
            source.AddClaims(asset, asOf, claims, notes);
        }

        if (claims.Count == 0)
        {
            return notes.Count == 0 ? Attribution.None : new Attribution(null, 0, [], notes, null);
        }

        var counted = SetAsideBorrowedNumbers(claims, notes);
        var operatingSystem = Strongest(counted, os: true, out var osScore, out _, out _);
        var maker = Strongest(counted, os: false, out var score, out var runnerUp, out var runnerUpScore);
        if (maker is null)
        {
            // Only the operating system is known: it names the host, and the device's maker stays unknown.
            return new Attribution(operatingSystem, Math.Round(osScore, 3), claims, notes, null)
            {
                OperatingSystemOnly = true,
                OperatingSystem = operatingSystem,
            };
        }

        string? disagreement = null;
        if (runnerUp is not null && runnerUpScore >= DisagreementThreshold)
        {
            var against = counted.Where(c => !c.OperatingSystemOnly && c.Organisation.Is(runnerUp)).Select(c => c.Basis).Distinct();
            var support = counted.Where(c => !c.OperatingSystemOnly && c.Organisation.Is(maker)).Select(c => c.Basis).Distinct();
            disagreement = $"{string.Join(" and ", against)} point to {runnerUp.Name}, but {string.Join(" and ", support)} point to {maker.Name}; {maker.Name} is taken as the maker";
            score *= 0.9;
        }

        return new Attribution(maker, Math.Round(score, 3), claims, notes, disagreement) { OperatingSystem = operatingSystem };
    }

    /// <summary>
    /// The claims that count: all of them, less enterprise-number claims for a maker that no self-description names
    /// when some self-description names another (and the data does not know the registrant builds for it).
    /// </summary>
    private List<ManufacturerClaim> SetAsideBorrowedNumbers(List<ManufacturerClaim> claims, List<string> notes)
    {
        List<ManufacturerClaim>? described = null;
        foreach (var claim in claims)
        {
            if (claim is { Witness: ClaimWitness.SelfDescription, OperatingSystemOnly: false })
            {
                (described ??= []).Add(claim);
            }
        }

        if (described is null || !claims.Exists(c => c.Witness == ClaimWitness.EnterpriseNumber && !c.OperatingSystemOnly))
        {
            return claims;
        }

        var counted = new List<ManufacturerClaim>(claims.Count);
        foreach (var claim in claims)
        {
            if (claim.Witness == ClaimWitness.EnterpriseNumber && !claim.OperatingSystemOnly && !described.Exists(d => Related(claim.Organisation, d)))
            {
                var self = described.OrderByDescending(d => d.Confidence).First();
                notes.Add($"{claim.Basis} names {claim.Organisation.Name}, but the device's own description ({self.Basis}) names {self.Organisation.Name}: the number is borrowed and not counted");
                continue;
            }

            counted.Add(claim);
        }

        return counted;
    }

    /// <summary>The registrant is the described maker, or the data knows it builds the described brand's products.</summary>
    private bool Related(Organisation registrant, ManufacturerClaim described) =>
        registrant.Is(described.Organisation)
        || _oem.Contains((registrant.Id, "id:" + described.Organisation.Id))
        || (described.Brand is { } brand && _oem.Contains((registrant.Id, OrganisationNames.Key(brand.Name))))
        || _oem.Contains((registrant.Id, OrganisationNames.Key(described.Organisation.Name)))
        || (described.Organisation.CommonName is { } common && _oem.Contains((registrant.Id, OrganisationNames.Key(common))));

    /// <summary>The organisation with the highest combined score among device claims (or OS claims), and the runner-up.</summary>
    private static Organisation? Strongest(List<ManufacturerClaim> claims, bool os, out double bestScore, out Organisation? runnerUp, out double runnerUpScore)
    {
        // Claims per asset are few: a quadratic scan is cheaper than grouping.
        Organisation? best = null;
        runnerUp = null;
        bestScore = runnerUpScore = 0;
        for (var i = 0; i < claims.Count; i++)
        {
            var organisation = claims[i].Organisation;
            if (claims[i].OperatingSystemOnly != os || FirstIndexOf(claims, organisation, os) != i)
            {
                continue;
            }

            var miss = 1.0;
            for (var j = i; j < claims.Count; j++)
            {
                if (claims[j].Organisation.Is(organisation) && claims[j].OperatingSystemOnly == os)
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

        return best;
    }

    private static int FirstIndexOf(List<ManufacturerClaim> claims, Organisation organisation, bool os)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].Organisation.Is(organisation) && claims[i].OperatingSystemOnly == os)
            {
                return i;
            }
        }

        return -1;
    }
}
