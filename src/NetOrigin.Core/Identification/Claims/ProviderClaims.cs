using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>
/// Claims for services: the provider as named (a name of several parts, "Spacesail (Qianfan)", is resolved part by
/// part) and the autonomous system it is reached through.
/// </summary>
internal sealed class ProviderClaims(DeclaredNames names) : IClaimSource
{
    public ProviderClaims(OrganisationResolver resolver)
        : this(new DeclaredNames(resolver))
    {
    }

    public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        if (asset.Provider is { } provider)
        {
            if (names.Resolve(provider, asOf) is { } declared)
            {
                claims.AddRange(DeclaredNameClaims.NamedClaims(declared, provider, "declared provider", 0.85, null, ClaimWitness.Declared).Select(c => c with { Field = InventoryField.Provider, Value = provider }));
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
}
