using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.ReferenceData;

namespace NetOrigin.Policies;

/// <summary>
/// Who runs an asset, as the rules see it: the inventory's <c>owner_org</c> resolved through the organisation data
/// like a maker (names, brands, succession), with the chain of owners that controls it on the date. Rules scoped by
/// the operator's standing — a state-owned enterprise, an operator of critical information infrastructure — reach
/// its assets though the row's <c>use</c> is empty.
/// </summary>
internal sealed record OperatorStanding(string NamedAs, Organisation? Operator, ControlChain? Chain)
{
    public const string StateOwnedEnterprise = "state-owned-enterprise";

    /// <summary>The uses the operator gives its assets under a pack of <paramref name="jurisdiction"/>, each with why.</summary>
    public IReadOnlyList<ImpliedUse> UsesIn(string jurisdiction)
    {
        if (Operator is not { } op || Chain is not { } chain)
        {
            return [];
        }

        List<ImpliedUse>? uses = null;
        var state = chain.Links.Skip(1).FirstOrDefault(l => l.Organisation.IsStateBody && InJurisdiction(l.Organisation.State, jurisdiction));
        if (state is not null)
        {
            var sources = chain.Links.Skip(1).SelectMany(l => l.Via!.Sources).DistinctBy(s => s.Id).ToList();
            (uses ??= []).Add(new ImpliedUse(
                StateOwnedEnterprise,
                $"operator {op.Name} is controlled by {state.Organisation.DisplayName} (state {state.Organisation.State}): {DesignationMatcher.ChainText(chain)}",
                sources));
        }

        foreach (var use in op.OperatorUses)
        {
            if (InJurisdiction(op.Country, jurisdiction))
            {
                (uses ??= []).Add(new ImpliedUse(use.Use, $"operator {op.Name} counts as {use.Use} in {op.Country}{(use.Unverified ? " [unverified]" : "")}", use.Sources));
            }
        }

        return uses ?? (IReadOnlyList<ImpliedUse>)[];
    }

    /// <summary>A national pack reaches its own state's enterprises; a pack of a bloc or of no state, any state's.</summary>
    private static bool InJurisdiction(string? country, string jurisdiction) =>
        country is not null && (jurisdiction.Length != 2 || string.Equals(country, jurisdiction, StringComparison.OrdinalIgnoreCase));

    /// <summary>Resolves <paramref name="ownerOrg"/> on <paramref name="date"/>; an unknown name keeps the name alone.</summary>
    public static OperatorStanding Resolve(string ownerOrg, DateOnly date, OrganisationResolver names, OwnershipResolver ownership) =>
        names.Resolve(ownerOrg, date) is { Organisation: { Listed: true } organisation }
            ? new OperatorStanding(ownerOrg, organisation, ownership.ControlChainOf(organisation.Id, date))
            : new OperatorStanding(ownerOrg, null, null);
}

/// <summary>A use that follows from who operates an asset, the reason as people read it, and its sources.</summary>
internal sealed record ImpliedUse(string Use, string Reason, IReadOnlyList<Source> Sources);
