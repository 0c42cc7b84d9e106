using NetOrigin.Identification.Registries;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>
/// Claims from MAC addresses through the IEEE registries. Locally administered (often randomised) and group
/// addresses carry no registered prefix and say so.
/// </summary>
public sealed class MacClaims(MacRegistry registry, OrganisationResolver resolver) : IClaimSource
{
    private const double Confidence = 0.9;

    /// <summary>Per evaluation date, what each assignment means; keyed by the assignment object (the registry holds one per prefix).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, System.Collections.Concurrent.ConcurrentDictionary<MacAssignment, RegistrantMeaning>> _meanings = new();

    /// <summary>What a registry assignment means, with the evidence after "MAC xx:… → ".</summary>
    private RegistrantMeaning MeaningOf(MacAssignment assignment, DateOnly asOf) =>
        _meanings.GetOrAdd(asOf, _ => new(ReferenceEqualityComparer.Instance)).GetOrAdd(assignment, entry =>
            RegistrantMeaning.Of(resolver.ResolveRegistered(entry.Organisation, asOf, out var resembles), resembles, $"IEEE {entry.RegistryName} {entry.Prefix} {entry.Organisation}", hardwareRegistry: true));

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

            // What a prefix says is the same for every address under it: worked out once per assignment.
            var meaning = MeaningOf(assignment, asOf);
            if (meaning.Claim(Confidence, "MAC address", $"MAC {mac} → {meaning.Text}", assignment.Snapshot.Citation, ClaimWitness.HardwareAddress) is { } claim)
            {
                claims.Add(claim);
            }
            else
            {
                notes.Add($"MAC {mac} → {meaning.Text}");
            }
        }
    }
}
