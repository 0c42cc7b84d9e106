using NetOrigin.Caching;
using NetOrigin.Entities;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>
/// Claims from names the inventory declares (the manufacturer field) and the device reports (ENTITY-MIB's
/// entPhysicalMfgName). A name made of several parts is resolved part by part (<see cref="DeclaredNames"/>).
/// </summary>
internal sealed class DeclaredNameClaims(DeclaredNames names) : IClaimSource
{
    /// <summary>Bound on remembered claims, so a hostile inventory with endless distinct names cannot grow it.</summary>
    private const int MaxCachedClaims = 100_000;

    /// <summary>
    /// Inventories repeat a few spellings and models endlessly: each combination becomes shared claims. The purchase
    /// date is keyed by its interval between organisation-graph changes, not by the day, since rows carry thousands
    /// of different days that all resolve alike.
    /// </summary>
    private readonly BoundedCache<(string Basis, string Name, string? Product, (int, int) Epoch), (ManufacturerClaim[] Claims, string? Note)> _claims = new(MaxCachedClaims);

    public DeclaredNameClaims(OrganisationResolver resolver)
        : this(new DeclaredNames(resolver))
    {
    }

    public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        var productDate = asset.Acquired ?? asset.Installed ?? asOf;
        Add(asset.Manufacturer, InventoryField.Manufacturer, "declared manufacturer", ClaimWitness.Declared, asset.Model, productDate, claims, notes);
        Add(asset.IdentifierValue(IdentifierKind.EntMfgName), InventoryField.EntMfgName, "ENTITY-MIB entPhysicalMfgName", ClaimWitness.SelfDescription, asset.IdentifierValue(IdentifierKind.EntModelName), productDate, claims, notes);
    }

    private void Add(string? name, InventoryField field, string basis, ClaimWitness witness, string? product, DateOnly productDate, List<ManufacturerClaim> claims, List<string> notes)
    {
        if (name is null)
        {
            return;
        }

        var key = (basis, name, product, names.Epoch(productDate));
        if (!_claims.TryGetValue(key, out var made))
        {
            made = Make(name, basis, witness, product, productDate);
            made = _claims.Add(key, ([.. made.Claims.Select(c => c with { Field = field, Value = name })], made.Note));
        }

        claims.AddRange(made.Claims);
        if (made.Note is not null)
        {
            notes.Add(made.Note);
        }
    }

    private (ManufacturerClaim[] Claims, string? Note) Make(string name, string basis, ClaimWitness witness, string? product, DateOnly productDate)
    {
        if (names.Resolve(name, productDate) is not { } declared)
        {
            return ([], $"{basis} '{name}' matches no known organisation");
        }

        // A device reporting a chip or stack maker in ENTITY-MIB names a part of itself; a person who declares one
        // means it (a Broadcom switch is Broadcom's).
        if (witness == ClaimWitness.SelfDescription && declared.Answer.Named.InsideDevices is not PartRole.None and not PartRole.OperatingSystem)
        {
            return ([], $"{basis} '{name}' → {declared.Answer.Reached}: a maker of parts that many makers build in; it names a component, not the device's maker");
        }

        return (NamedClaims(declared, name, basis, 0.85, product, witness), null);
    }

    /// <summary>
    /// The claims a declared name makes: one for the answer (stronger when several parts agree), and, when parts name
    /// unrelated companies, a weaker one for each, so the disagreement is reported rather than hidden.
    /// </summary>
    internal static ManufacturerClaim[] NamedClaims(DeclaredName declared, string name, string basis, double confidence, string? product, ClaimWitness witness)
    {
        var partsNote = declared.PartsNote(name);
        var disagreement = declared.Disagreeing.Count > 0 ? 0.15 : 0;
        var claims = new List<ManufacturerClaim>(1 + declared.Disagreeing.Count)
        {
            Claim(declared.Answer, name, basis, Math.Min(0.95, confidence + (0.05 * (declared.Agreeing.Count - 1))) - disagreement, product, partsNote, witness),
        };
        foreach (var (resolution, part) in declared.Disagreeing)
        {
            claims.Add(Claim(resolution, name, basis, confidence - disagreement, product, $"its part '{part}' names {resolution.Organisation.Name}; {partsNote}", witness));
        }

        return [.. claims];
    }

    private static ManufacturerClaim Claim(NameResolution resolution, string name, string basis, double confidence, string? product, string partsNote, ClaimWitness witness)
    {
        // A loose match ("Hangzhou Hikvision Digital" → Hikvision) is a little less certain than an exact alias.
        var weight = resolution.Loose ? confidence - 0.05 : confidence;
        if (resolution.Brand is not null)
        {
            weight -= 0.05;
        }

        return new ManufacturerClaim(
            resolution.Organisation,
            Math.Round(weight, 3),
            basis,
            $"{basis} '{name}' → {resolution.Explanation}{(partsNote.Length > 0 ? $" ({partsNote})" : "")}",
            resolution.Brand?.Sources.FirstOrDefault()?.Citation,
            resolution.Brand,
            product)
        {
            Shared = true,
            Witness = witness,
        };
    }
}
