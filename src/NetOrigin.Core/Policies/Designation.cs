using NetOrigin.ReferenceData;

namespace NetOrigin.Policies;

/// <summary>How far a designation of an organisation reaches through the ownership graph.</summary>
public enum AffiliateRule
{
    /// <summary>The named organisation only.</summary>
    EntityOnly,

    /// <summary>It and the organisations it controls, directly or indirectly.</summary>
    Subsidiaries,

    /// <summary>
    /// Its whole corporate group: everything controlled by its topmost controlling company. The walk up stops below
    /// states, funds and persons, so two state-owned groups are not each other's affiliates.
    /// </summary>
    SubsidiariesAndAffiliates,
}

/// <summary>Who or what a pack names: an organisation, any organisation controlled from a country, or a product category.</summary>
public sealed record Designation(
    string Id,
    string ListedAs,
    string? OrganisationId,
    string? CountryOfControl,
    string? Category,
    IReadOnlySet<string> ProducedOutside,
    AffiliateRule Affiliates,
    DateOnly? Effective,
    AssetScope Covers,
    IReadOnlyList<Source> Sources,
    bool Unverified,
    string? Note);
