using NetOrigin.Entities;

namespace NetOrigin.Policies;

/// <summary>Decides whether a designation names a maker, following control as of a date, and says why.</summary>
internal sealed class DesignationMatcher(OwnershipResolver ownership)
{
    /// <summary>Whether <paramref name="designation"/> names the maker of <paramref name="asset"/>, and why.</summary>
    public DesignationMatch Match(Designation designation, ControlChain makerChain, AssetView asset)
    {
        if (designation.Category is { } category)
        {
            return MatchCategory(designation, category, makerChain.Subject, asset);
        }

        if (designation.CountryOfControl is { } controlCountry && !makerChain.Subject.Listed)
        {
            return DesignationMatch.Undecided($"the entry names suppliers controlled from {controlCountry}, and who controls {makerChain.Subject.Name} is not recorded in the organisation data", "ownership");
        }

        return Explain(designation, makerChain) is { } why ? DesignationMatch.Yes(why) : DesignationMatch.No;
    }

    private static DesignationMatch MatchCategory(Designation designation, string category, Organisation maker, AssetView asset)
    {
        if (!asset.Categories.Contains(category))
        {
            return DesignationMatch.No;
        }

        if (designation.ProducedOutside.Count == 0)
        {
            return DesignationMatch.Yes($"the asset is {category} equipment made by {maker.Name}");
        }

        var home = string.Join(", ", designation.ProducedOutside);
        return asset.Asset.OriginCountry switch
        {
            null => DesignationMatch.Undecided($"the entry covers {category} equipment produced outside {home}, and where this one was produced is not given", "origin_country"),
            var origin when designation.ProducedOutside.Contains(origin) => DesignationMatch.No,
            var origin => DesignationMatch.Yes($"the asset is {category} equipment made by {maker.Name}, produced in {origin}, outside {home}"),
        };
    }

    private string? Explain(Designation designation, ControlChain makerChain)
    {
        var maker = makerChain.Subject;
        if (designation.OrganisationId is { } designatedId)
        {
            return MatchOrganisation(designation, designatedId, makerChain);
        }

        if (designation.CountryOfControl is { } country)
        {
            var controller = makerChain.UltimateController;
            var states = makerChain.ControllingStates.ToList();
            if (states.Contains(country, StringComparer.Ordinal))
            {
                return $"{maker.Name} is controlled by the state of {country} through {ChainText(makerChain)}";
            }

            if (controller.Country == country)
            {
                return controller.Is(maker)
                    ? $"{maker.Name} is headquartered in {country} and the organisation data records no controlling owner"
                    : $"{maker.Name} is controlled from {country} through {ChainText(makerChain)}";
            }

            return null;
        }

        return null;
    }

    private string? MatchOrganisation(Designation designation, string designatedId, ControlChain makerChain)
    {
        var maker = makerChain.Subject;
        var designated = ownership.Graph[designatedId];
        if (maker.Id == designatedId)
        {
            return $"{maker.Name} is the listed entity";
        }

        if (designation.Affiliates == AffiliateRule.EntityOnly)
        {
            return null;
        }

        var index = IndexOf(makerChain, designatedId);
        if (index > 0)
        {
            return $"{maker.Name} is a subsidiary of {designated.Name}: {ChainText(makerChain, index)}";
        }

        if (designation.Affiliates != AffiliateRule.SubsidiariesAndAffiliates)
        {
            return null;
        }

        var designatedChain = ownership.ControlChainOf(designatedId, makerChain.AsOf);
        var root = GroupRoot(designatedChain);
        if (root is null)
        {
            return null;
        }

        // The maker may be the group root itself: the listed entity's parent is its affiliate too.
        var rootIndex = IndexOf(makerChain, root.Id);
        return rootIndex switch
        {
            0 => $"{maker.Name} controls the listed {designated.Name}, so is its affiliate: {ChainText(designatedChain, IndexOf(designatedChain, root.Id))}",
            > 0 => $"{maker.Name} is an affiliate of {designated.Name}: both are controlled by {root.Name} ({ChainText(makerChain, rootIndex)}; {ChainText(designatedChain, IndexOf(designatedChain, root.Id))})",
            _ => null,
        };
    }

    /// <summary>The topmost company controlling the chain's subject, stopping below states, funds and persons.</summary>
    private static Organisation? GroupRoot(ControlChain chain)
    {
        Organisation? root = null;
        for (var i = 1; i < chain.Links.Count; i++)
        {
            var organisation = chain.Links[i].Organisation;
            if (organisation.Kind is OrganisationKind.StateBody or OrganisationKind.Fund or OrganisationKind.Person or OrganisationKind.Other)
            {
                break;
            }

            root = organisation;
        }

        return root;
    }

    private static int IndexOf(ControlChain chain, string organisationId)
    {
        for (var i = 0; i < chain.Links.Count; i++)
        {
            if (chain.Links[i].Organisation.Id == organisationId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"A ← 100% B ← 38.9% (control) C", up to link <paramref name="upTo"/>.</summary>
    public static string ChainText(ControlChain chain, int upTo = int.MaxValue)
    {
        var parts = new List<string> { chain.Links[0].Organisation.Name };
        for (var i = 1; i < chain.Links.Count && i <= upTo; i++)
        {
            var link = chain.Links[i];
            parts.Add($"{EdgeText(link.Via!)} {link.Organisation.Name}");
        }

        return string.Join(" ← ", parts);
    }

    public static string EdgeText(OwnershipEdge edge)
    {
        var share = edge.Share is { } s ? $"{s.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}%" : "controlled by";
        var control = edge.ExplicitControl && edge.Share is not null && edge.Share <= 50 ? " (control)" : "";
        var unverified = edge.Unverified ? " [unverified]" : "";
        return $"{share}{control}{unverified}";
    }
}

/// <summary>Whether a designation names an asset's maker: yes, no, or undecidable for want of a field.</summary>
internal readonly record struct DesignationMatch(bool? Matched, string? Explanation, string? MissingField)
{
    public static readonly DesignationMatch No = new(false, null, null);

    public static DesignationMatch Yes(string why) => new(true, why, null);

    public static DesignationMatch Undecided(string why, string missingField) => new(null, why, missingField);
}
