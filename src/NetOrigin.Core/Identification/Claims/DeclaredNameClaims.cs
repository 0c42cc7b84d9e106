using System.Collections.Concurrent;
using NetOrigin.Entities;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>Claims from names the inventory declares: the manufacturer field and ENTITY-MIB's entPhysicalMfgName.</summary>
public sealed class DeclaredNameClaims(OrganisationResolver resolver) : IClaimSource
{
    /// <summary>Bound on remembered claims, so a hostile inventory with endless distinct names cannot grow it.</summary>
    private const int MaxCachedClaims = 100_000;

    /// <summary>Inventories repeat a few spellings and models endlessly: each combination becomes one shared claim.</summary>
    private readonly ConcurrentDictionary<(string Basis, string Name, string? Product, Organisation Organisation, Brand? Brand), ManufacturerClaim> _claims = new();

    public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        var productDate = asset.Acquired ?? asset.Installed ?? asOf;
        Add(asset.Manufacturer, InventoryField.Manufacturer, "declared manufacturer", 0.85, asset.Model, productDate, claims, notes);
        Add(asset.IdentifierValue(IdentifierKind.EntMfgName), InventoryField.EntMfgName, "ENTITY-MIB entPhysicalMfgName", 0.85, asset.IdentifierValue(IdentifierKind.EntModelName), productDate, claims, notes);
    }

    private void Add(string? name, InventoryField field, string basis, double confidence, string? product, DateOnly productDate, List<ManufacturerClaim> claims, List<string> notes)
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

        var key = (basis, name, product, resolution.Organisation, resolution.Brand);
        if (!_claims.TryGetValue(key, out var claim))
        {
            claim = Claim(resolution, name, basis, confidence, product) with { Field = field, Value = name };
            if (_claims.Count < MaxCachedClaims)
            {
                _claims.TryAdd(key, claim);
            }
        }

        claims.Add(claim);
    }

    private static ManufacturerClaim Claim(NameResolution resolution, string name, string basis, double confidence, string? product)
    {
        // A loose match ("Hangzhou Hikvision Digital" → Hikvision) is a little less certain than an exact alias.
        var weight = resolution.Loose ? confidence - 0.05 : confidence;
        if (resolution.Brand is not null)
        {
            weight -= 0.05;
        }

        return new ManufacturerClaim(
            resolution.Organisation,
            weight,
            basis,
            $"{basis} '{name}' → {resolution.Explanation}",
            resolution.Brand?.Sources.FirstOrDefault()?.Citation,
            resolution.Brand,
            product)
        {
            Shared = true,
        };
    }
}
