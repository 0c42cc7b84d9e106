using NetOrigin.Identification.Registries;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>
/// Claims from MAC addresses through the IEEE registries. Locally administered (often randomised) and group
/// addresses carry no registered prefix and say so.
/// </summary>
public sealed class MacClaims(MacRegistry registry, OrganisationResolver resolver) : IClaimSource
{
    /// <summary>The note for a registrant that could not be attributed: unknown, or too like a listed organisation to pass.</summary>
    internal static string Unresolved(string registered, Entities.Organisation? resembles) => resembles is null
        ? $"{registered}: the registrant's name is too short to attribute"
        : $"{registered}: this name resembles {resembles.Name} but is not a known spelling of it; check it (not attributed)";

    private const double Confidence = 0.9;

    public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        foreach (var mac in asset.Macs)
        {
            if (mac.IsMulticast)
            {
                notes.Add($"MAC {mac} is a group (multicast) address; it names no manufacturer");
                continue;
            }

            if (mac.IsLocallyAdministered)
            {
                notes.Add($"MAC {mac} is locally administered (randomised or set by software); it names no manufacturer");
                continue;
            }

            if (registry.Lookup(mac) is not { } assignment)
            {
                notes.Add($"MAC {mac}: prefix not in the IEEE registries");
                continue;
            }

            var registered = $"MAC {mac} → IEEE {assignment.RegistryName} {assignment.Prefix} {assignment.Organisation}";
            if (resolver.ResolveRegistered(assignment.Organisation, asOf, out var resembles) is not { } resolution)
            {
                notes.Add(Unresolved(registered, resembles));
                continue;
            }

            claims.Add(new ManufacturerClaim(
                resolution.Organisation,
                Confidence,
                "MAC address",
                resolution.Organisation.Listed ? $"{registered} → {resolution.Organisation.Name}" : $"{registered} (not in the organisation data)",
                assignment.Snapshot.Citation));
        }
    }
}
