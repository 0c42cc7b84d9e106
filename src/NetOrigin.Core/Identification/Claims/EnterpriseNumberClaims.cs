using System.Collections.Concurrent;
using NetOrigin.Identification.Registries;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>Claims from SNMP sysObjectID: the IANA enterprise number under 1.3.6.1.4.1 names the agent's vendor.</summary>
public sealed class EnterpriseNumberClaims(EnterpriseRegistry registry, OrganisationResolver resolver) : IClaimSource
{
    private const double Confidence = 0.9;

    /// <summary>
    /// Enterprise numbers of SNMP agent software that many makers embed (Net-SNMP, and UCD-SNMP before it): the
    /// sysObjectID then names the agent, not the device's maker.
    /// </summary>
    private static readonly Dictionary<long, string> AgentSoftware = new()
    {
        [8072] = "Net-SNMP",
        [2021] = "UCD-SNMP",
    };
    private const int MaxCachedOids = 100_000;

    /// <summary>Each distinct sysObjectID is looked up once per run; its claim or note is shared.</summary>
    private readonly ConcurrentDictionary<(string Oid, DateOnly AsOf), (ManufacturerClaim? Claim, string? Note)> _seen = new();

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

        if (outcome.Claim is not null)
        {
            claims.Add(outcome.Claim);
        }

        if (outcome.Note is not null)
        {
            notes.Add(outcome.Note);
        }
    }

    private (ManufacturerClaim? Claim, string? Note) Look(string oid, DateOnly asOf)
    {
        if (ObjectIdentifier.EnterpriseNumber(oid) is not { } number)
        {
            return (null, $"sysObjectID {oid} is not under 1.3.6.1.4.1 (enterprises)");
        }

        if (AgentSoftware.TryGetValue(number, out var agent))
        {
            return (null, $"sysObjectID {oid} names the {agent} agent software (enterprise {number}), which many makers embed; it does not name the device's maker");
        }

        if (registry.Lookup(number) is not { } name)
        {
            return (null, $"sysObjectID {oid}: enterprise number {number} is not in the IANA registry");
        }

        var registered = $"sysObjectID {oid} → IANA enterprise {number} {name}";
        if (resolver.ResolveRegistered(name, asOf, out var resembles) is not { } resolution)
        {
            return (null, MacClaims.Unresolved(registered, resembles));
        }

        var evidence = resolution.Organisation.Listed ? $"{registered} → {resolution.Organisation.Name}" : $"{registered} (not in the organisation data)";
        return (new ManufacturerClaim(resolution.Organisation, Confidence, "SNMP sysObjectID", evidence, registry.Snapshot.Citation)
        {
            Shared = true,
            Field = InventoryField.SysObjectId,
            Value = oid,
            Registry = new RegistryEntryReference(registry.Snapshot.Id, number.ToString(System.Globalization.CultureInfo.InvariantCulture), registry.Snapshot.Date),
        }, null);
    }
}
