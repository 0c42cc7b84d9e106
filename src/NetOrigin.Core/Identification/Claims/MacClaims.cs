using NetOrigin.Identification.Registries;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>
/// Claims from MAC addresses through the IEEE registries. Locally administered (often randomised) and group
/// addresses carry no registered prefix and say so.
/// </summary>
internal sealed class MacClaims(MacRegistry registry, OrganisationResolver resolver) : IClaimSource
{
    private const double Confidence = 0.9;

    /// <summary>Bound on remembered meanings: a registry holds tens of thousands of assignments, a host asks any dates.</summary>
    internal const int MaxCachedMeanings = 16_384;

    /// <summary>What each assignment means on a date; keyed by the assignment object (the registry holds one per prefix).</summary>
    private readonly Caching.BoundedCache<(MacAssignment Assignment, DateOnly AsOf), Prefix> _meanings =
        new(MaxCachedMeanings, new AssignmentOnDate());

    internal int CachedMeanings => _meanings.Count;

    /// <summary>What a registry assignment means, with the evidence after "MAC xx:… → ", and what its claims cite.</summary>
    private Prefix MeaningOf(MacAssignment assignment, DateOnly asOf) =>
        _meanings.GetOrAdd((assignment, asOf), static (key, resolver) => new Prefix(
            RegistrantMeaning.Of(resolver.ResolveRegistered(key.Assignment.Organisation, key.AsOf, out var resembles), resembles, $"IEEE {key.Assignment.RegistryName} {key.Assignment.Prefix} {key.Assignment.Organisation}", hardwareRegistry: true),
            key.Assignment.Snapshot.Citation,
            Entry(key.Assignment)), resolver);

    /// <summary>The registry entry a claim cites.</summary>
    internal static RegistryEntryReference Entry(MacAssignment assignment) => new(assignment.Snapshot.Id, assignment.Prefix, assignment.Snapshot.Date);

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
            var (meaning, citation, entry) = MeaningOf(assignment, asOf);
            var text = mac.ToString();
            if (meaning.Claim(Confidence, "MAC address", $"MAC {text} → {meaning.Text}", citation, ClaimWitness.HardwareAddress) is { } claim)
            {
                claims.Add(claim with { Field = InventoryField.Mac, Value = text, Registry = entry });
            }
            else
            {
                notes.Add($"MAC {text} → {meaning.Text}");
            }
        }
    }

    /// <summary>What one prefix means on a date, and the citation and registry entry its claims carry.</summary>
    private sealed record Prefix(RegistrantMeaning Meaning, string Citation, RegistryEntryReference Entry);

    private sealed class AssignmentOnDate : IEqualityComparer<(MacAssignment Assignment, DateOnly AsOf)>
    {
        public bool Equals((MacAssignment Assignment, DateOnly AsOf) x, (MacAssignment Assignment, DateOnly AsOf) y) =>
            ReferenceEquals(x.Assignment, y.Assignment) && x.AsOf == y.AsOf;

        public int GetHashCode((MacAssignment Assignment, DateOnly AsOf) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Assignment), key.AsOf);
    }
}
