using System.Collections.Concurrent;
using NetOrigin.Identification.Fingerprints;
using NetOrigin.Identification.Registries;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>
/// Claims from SNMP sysObjectID: the IANA enterprise number under 1.3.6.1.4.1 names the agent's vendor, and the
/// vendor's registration subtree (the sysObjectID fingerprints) may say more: which of a company's businesses the
/// product belongs to (HP's ProCurve switches went with Hewlett Packard Enterprise), its family and device type. A
/// subtree that names another maker than the registrant refines the claim rather than competing with it. A
/// registrant that makes a part (Net-SNMP's agent, a chip maker's reference firmware) or an operating system
/// (Windows' SNMP agent) names that, not the device's maker.
/// </summary>
internal sealed class EnterpriseNumberClaims(EnterpriseRegistry registry, OrganisationResolver resolver, Lazy<FingerprintSet>? subtrees) : IClaimSource
{
    public EnterpriseNumberClaims(EnterpriseRegistry registry, OrganisationResolver resolver, FingerprintSet? subtrees = null)
        : this(registry, resolver, subtrees is null ? null : new Lazy<FingerprintSet>(subtrees))
    {
    }

    private const double Confidence = 0.9;

    /// <summary>The OS an agent was built for names no distribution: weaker than a kernel's own build tag.</summary>
    private const double AgentOperatingSystemConfidence = 0.3;
    private const int MaxCachedOids = 100_000;

    /// <summary>Each distinct sysObjectID is looked up once per run; its claim or note is shared.</summary>
    private readonly ConcurrentDictionary<(string Oid, DateOnly AsOf), (ManufacturerClaim[] Claims, string? Note)> _seen = new();

    public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        if (asset.IdentifierValue(IdentifierKind.SysObjectId) is not { } oid)
        {
            return;
        }

        if (!_seen.TryGetValue((oid, asOf), out var outcome))
        {
            outcome = Look(oid, asOf);
            if (_seen.Count < MaxCachedOids)
            {
                _seen.TryAdd((oid, asOf), outcome);
            }
        }

        claims.AddRange(outcome.Claims);

        if (outcome.Note is not null)
        {
            notes.Add(outcome.Note);
        }
    }

    private (ManufacturerClaim[] Claims, string? Note) Look(string oid, DateOnly asOf)
    {
        if (ObjectIdentifier.EnterpriseNumber(oid) is not { } number)
        {
            return ([], $"sysObjectID {oid} is not under 1.3.6.1.4.1 (enterprises)");
        }

        var name = registry.Lookup(number);
        var subtree = subtrees?.Value.First(oid);
        if (name is null && subtree?.HwVendor is null)
        {
            return ([], $"sysObjectID {oid}: enterprise number {number} is not in the IANA registry");
        }

        var registered = name is null ? $"sysObjectID {oid}: enterprise number {number} (not in the IANA registry)" : $"sysObjectID {oid} → IANA enterprise {number} {name}";
        string? citation = registry.Snapshot.Citation;
        if (subtree?.HwVendor is { } vendor)
        {
            // The vendor's own registration subtree is the more specific reading of the same number.
            registered += $"; subtree matches fingerprint '{subtree.Fingerprint.Description}' ({subtree.Fingerprint.Database.DisplayPath}) → {ParamNames.HwVendor} '{vendor}'";
            name = vendor;
            citation = subtree.Fingerprint.Database.Citation;
        }

        var meaning = RegistrantMeaning.Of(resolver.ResolveRegistered(name!, asOf, out var resembles), resembles, registered);
        var entry = new RegistryEntryReference(registry.Snapshot.Id, number.ToString(System.Globalization.CultureInfo.InvariantCulture), registry.Snapshot.Date);
        var subtreeReference = subtree is null ? null : new FingerprintReference(subtree.Fingerprint.Database.DisplayPath, subtree.Fingerprint.Line, subtree.Fingerprint.Description, subtree.Fingerprint.Database.Version);
        var claim = meaning.Claim(Confidence, "SNMP sysObjectID", meaning.Text, citation, ClaimWitness.EnterpriseNumber) is { } made0
            ? made0 with { Field = InventoryField.SysObjectId, Value = oid, Registry = entry, Fingerprint = subtree?.HwVendor is null ? null : subtreeReference }
            : null;
        if (claim is not null && subtree is not null)
        {
            claim = claim with { Product = subtree.HwProduct ?? claim.Product, DeviceType = claim.OperatingSystemOnly ? claim.DeviceType : subtree.HwDevice ?? claim.DeviceType };
        }

        var made = new List<ManufacturerClaim>(2);
        if (claim is not null)
        {
            made.Add(claim with { Shared = true });
        }

        // An agent's registration tree may encode the operating system it was built for (Net-SNMP's netSnmpAgentOIDs).
        if (subtree is { HwVendor: null, OsVendor: { } os } && resolver.ResolveRegistered(os, asOf, out _) is { } system)
        {
            made.Add(new ManufacturerClaim(
                system.Organisation,
                AgentOperatingSystemConfidence,
                "SNMP sysObjectID (operating system)",
                $"sysObjectID {oid} matches fingerprint '{subtree.Fingerprint.Description}' ({subtree.Fingerprint.Database.DisplayPath}) → {ParamNames.OsVendor} '{os}' → {system.Reached}: the operating system's maker, not the device's",
                subtree.Fingerprint.Database.Citation,
                null,
                subtree.OsProduct,
                FingerprintClaims.OperatingSystemDevice)
            {
                OperatingSystemOnly = true,
                Shared = true,
                Witness = ClaimWitness.EnterpriseNumber,
                Field = InventoryField.SysObjectId,
                Value = oid,
                Registry = entry,
                Fingerprint = subtreeReference,
            });
        }

        return ([.. made], claim is null ? meaning.Text : null);
    }
}
