using NetOrigin.Identification.Registries;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>Claims from SNMP sysObjectID: the IANA enterprise number under 1.3.6.1.4.1 names the agent's vendor.</summary>
public sealed class EnterpriseNumberClaims(EnterpriseRegistry registry, OrganisationResolver resolver) : IClaimSource
{
    private const double Confidence = 0.9;

    public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        if (asset.IdentifierValue(IdentifierKind.SysObjectId) is not { } oid)
        {
            return;
        }

        if (ObjectIdentifier.EnterpriseNumber(oid) is not { } number)
        {
            notes.Add($"sysObjectID {oid} is not under 1.3.6.1.4.1 (enterprises)");
            return;
        }

        if (registry.Lookup(number) is not { } name)
        {
            notes.Add($"sysObjectID {oid}: enterprise number {number} is not in the IANA registry");
            return;
        }

        var registered = $"sysObjectID {oid} → IANA enterprise {number} {name}";
        if (resolver.Resolve(name, asOf) is not { } resolution)
        {
            notes.Add($"{registered}, an organisation not in the organisation data");
            return;
        }

        claims.Add(new ManufacturerClaim(resolution.Organisation, Confidence, "SNMP sysObjectID", $"{registered} → {resolution.Organisation.Name}", registry.Snapshot.Citation));
    }
}
