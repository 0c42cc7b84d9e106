using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>Claims for services: the provider as named, and the autonomous system it is reached through.</summary>
public sealed class ProviderClaims(OrganisationResolver resolver) : IClaimSource
{
    public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        if (asset.Provider is { } provider)
        {
            if (resolver.Resolve(provider, asOf) is { } resolution)
            {
                claims.Add(new ManufacturerClaim(resolution.Organisation, 0.85, "declared provider", $"declared provider '{provider}' → {resolution.Explanation}", null, resolution.Brand)
                {
                    Field = InventoryField.Provider,
                    Value = provider,
                });
            }
            else
            {
                notes.Add($"declared provider '{provider}' matches no known organisation");
            }
        }

        if (asset.Asn is { } asn)
        {
            if (resolver.ResolveAsn(asn) is { } organisation)
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
