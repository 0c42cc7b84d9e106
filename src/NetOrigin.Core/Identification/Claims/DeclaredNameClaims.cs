using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>Claims from names the inventory declares: the manufacturer field and ENTITY-MIB's entPhysicalMfgName.</summary>
public sealed class DeclaredNameClaims(OrganisationResolver resolver) : IClaimSource
{
    public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        var productDate = asset.Acquired ?? asset.Installed ?? asOf;
        Add(asset.Manufacturer, "declared manufacturer", 0.85, asset.Model, productDate, claims, notes);
        Add(asset.IdentifierValue(IdentifierKind.EntMfgName), "ENTITY-MIB entPhysicalMfgName", 0.85, asset.IdentifierValue(IdentifierKind.EntModelName), productDate, claims, notes);
    }

    private void Add(string? name, string basis, double confidence, string? product, DateOnly productDate, List<ManufacturerClaim> claims, List<string> notes)
    {
        if (name is null)
        {
            return;
        }

        if (resolver.Resolve(name, productDate) is not { } resolution)
        {
            notes.Add($"{basis} '{name}' matches no known organisation");
            return;
        }

        // A loose match ("Hangzhou Hikvision Digital" → Hikvision) is a little less certain than an exact alias.
        var weight = resolution.Loose ? confidence - 0.05 : confidence;
        if (resolution.Brand is not null)
        {
            weight -= 0.05;
        }

        claims.Add(new ManufacturerClaim(
            resolution.Organisation,
            weight,
            basis,
            $"{basis} '{name}' → {resolution.Explanation}",
            resolution.Brand?.Sources.FirstOrDefault()?.Citation,
            resolution.Brand,
            product));
    }
}
