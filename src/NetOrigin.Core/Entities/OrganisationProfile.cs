namespace NetOrigin.Entities;

/// <summary>
/// What the data says about one organisation on a date, as `org show` and other hosts present it: who owns and
/// controls it (every path), the brands it holds, and the OEM relations in which it makes for others or others
/// make for it.
/// </summary>
public sealed record OrganisationProfile(OwnershipResolution Ownership, IReadOnlyList<Brand> Brands, IReadOnlyList<OemRelation> Oem)
{
    public static OrganisationProfile Of(OwnershipResolver resolver, string organisationId, DateOnly asOf)
    {
        var graph = resolver.Graph;
        var brands = graph.Brands.Where(b => b.OwnerId == organisationId && b.HoldsOn(asOf)).ToList();
        var brandKeys = brands.Select(b => OrganisationNames.Key(b.Name)).ToHashSet(StringComparer.Ordinal);
        var oem = graph.OemRelations
            .Where(r => r.HoldsOn(asOf))
            .Where(r => r.MakerId == organisationId || r.BrandOwnerId == organisationId || (r.BrandName is { } name && brandKeys.Contains(OrganisationNames.Key(name))))
            .ToList();
        return new OrganisationProfile(resolver.Resolve(organisationId, asOf), brands, oem);
    }
}
