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

    /// <summary>Bound on remembered meanings: a registry holds tens of thousands of assignments, a host asks any dates.</summary>
    internal const int MaxCachedMeanings = 16_384;

    /// <summary>What each assignment means on a date; keyed by the assignment object (the registry holds one per prefix).</summary>
    private readonly Caching.BoundedCache<(MacAssignment Assignment, DateOnly AsOf), (Entities.Organisation? Organisation, string Text)> _meanings =
        new(MaxCachedMeanings, new AssignmentOnDate());

    internal int CachedMeanings => _meanings.Count;

    /// <summary>The organisation a registry assignment means, and the evidence after "MAC xx:… → ", or a note.</summary>
    private (Entities.Organisation? Organisation, string Text) MeaningOf(MacAssignment assignment, DateOnly asOf) =>
        _meanings.GetOrAdd((assignment, asOf), static (key, resolver) =>
        {
            var entry = key.Assignment;
            var registered = $"IEEE {entry.RegistryName} {entry.Prefix} {entry.Organisation}";
            return resolver.ResolveRegistered(entry.Organisation, key.AsOf, out var resembles) is not { } resolution
                ? (null, Unresolved(registered, resembles))
                : (resolution.Organisation, resolution.Organisation.Listed ? $"{registered} → {resolution.Organisation.Name}" : $"{registered} (not in the organisation data)");
        }, resolver);

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
            var meaning = MeaningOf(assignment, asOf);
            if (meaning.Organisation is null)
            {
                notes.Add($"MAC {mac} → {meaning.Text}");
                continue;
            }

            claims.Add(new ManufacturerClaim(meaning.Organisation, Confidence, "MAC address", $"MAC {mac} → {meaning.Text}", assignment.Snapshot.Citation)
            {
                Field = InventoryField.Mac,
                Value = mac.ToString(),
                Registry = Entry(assignment),
            });
        }
    }

    private sealed class AssignmentOnDate : IEqualityComparer<(MacAssignment Assignment, DateOnly AsOf)>
    {
        public bool Equals((MacAssignment Assignment, DateOnly AsOf) x, (MacAssignment Assignment, DateOnly AsOf) y) =>
            ReferenceEquals(x.Assignment, y.Assignment) && x.AsOf == y.AsOf;

        public int GetHashCode((MacAssignment Assignment, DateOnly AsOf) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Assignment), key.AsOf);
    }
}
