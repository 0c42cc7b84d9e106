using NetOrigin.Caching;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>
/// Claims for services: the provider as named (a name of several parts, "Spacesail (Qianfan)", is resolved part by
/// part) and the autonomous system it is reached through.
/// </summary>
internal sealed class ProviderClaims(DeclaredNames names) : IClaimSource
{
    /// <summary>Bound on remembered provider names, so a hostile inventory with endless distinct names cannot grow it.</summary>
    private const int MaxCachedClaims = 100_000;

    /// <summary>
    /// Inventories name a few providers endlessly: each name, within one interval between organisation-graph changes
    /// (no answer differs inside one), becomes one array of shared claims, so later steps find them by reference.
    /// </summary>
    private readonly BoundedCache<(string Provider, (int, int) Epoch), ManufacturerClaim[]?> _claims = new(MaxCachedClaims);

    public ProviderClaims(OrganisationResolver resolver)
        : this(new DeclaredNames(resolver))
    {
    }

    public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        if (asset.Provider is { } provider)
        {
            if (ClaimsOf(provider, asOf) is { } made)
            {
                claims.AddRange(made);
            }
            else
            {
                notes.Add($"declared provider '{provider}' matches no known organisation");
            }
        }

        if (asset.Asn is { } asn)
        {
            if (names.Resolver.ResolveAsn(asn) is { } organisation)
            {
                claims.Add(new ManufacturerClaim(organisation, 0.9, "ASN", $"AS{asn} → {organisation.Name}", organisation.Sources.FirstOrDefault()?.Citation)
                {
                    Field = InventoryField.Asn,
                    Value = asn.ToString(System.Globalization.CultureInfo.InvariantCulture),
                });
            }
            else
            {
                notes.Add($"AS{asn} is not an autonomous system the organisation data knows");
            }
        }
    }

    private ManufacturerClaim[]? ClaimsOf(string provider, DateOnly asOf)
    {
        var key = (provider, names.Epoch(asOf));
        if (_claims.TryGetValue(key, out var made))
        {
            return made;
        }

        made = names.Resolve(provider, asOf) is { } declared
            ? [.. DeclaredNameClaims.NamedClaims(declared, provider, "declared provider", 0.85, null, ClaimWitness.Declared).Select(c => c with { Field = InventoryField.Provider, Value = provider })]
            : null;
        return _claims.Add(key, made);
    }
}
