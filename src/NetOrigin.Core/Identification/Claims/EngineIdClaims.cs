using NetOrigin.Identification.Registries;
using NetOrigin.Inventory;

namespace NetOrigin.Identification.Claims;

/// <summary>
/// Claims from the SNMPv3 engine ID: the enterprise number in its first four octets names the agent's vendor
/// (IANA registry), and a MAC-format engine ID carries a MAC address whose prefix names the hardware maker.
/// Engine IDs can be set by administrators, so they count a little less than sysObjectID.
/// </summary>
internal sealed class EngineIdClaims(EnterpriseRegistry enterprises, MacRegistry macs, OrganisationResolver resolver) : IClaimSource
{
    private const double Confidence = 0.8;

    public void AddClaims(Asset asset, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        if (asset.IdentifierValue(IdentifierKind.SnmpEngineId) is not { } text)
        {
            return;
        }

        if (!SnmpEngineId.TryParse(text, out var engineId, out var reason))
        {
            notes.Add($"snmpEngineID '{text}' is not an engine ID: {reason}");
            return;
        }

        AddEnterpriseClaim(engineId!, asOf, claims, notes);
        if (engineId!.Mac is { } mac)
        {
            AddMacClaim(engineId, mac, asOf, claims, notes);
        }
    }

    private void AddEnterpriseClaim(SnmpEngineId engineId, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        var number = engineId.EnterpriseNumber;
        if (enterprises.Lookup(number) is not { } name)
        {
            notes.Add($"snmpEngineID {engineId}: enterprise number {number} is not in the IANA registry");
            return;
        }

        AddMeaning($"snmpEngineID {engineId} → IANA enterprise {number} {name}", name, "SNMP engine ID", ClaimWitness.EnterpriseNumber, enterprises.Snapshot.Citation, new RegistryEntryReference(enterprises.Snapshot.Id, number.ToString(System.Globalization.CultureInfo.InvariantCulture), enterprises.Snapshot.Date), engineId, asOf, claims, notes);
    }

    private void AddMeaning(string registered, string registrant, string basis, ClaimWitness witness, string citation, RegistryEntryReference entry, SnmpEngineId engineId, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        var meaning = RegistrantMeaning.Of(resolver.ResolveRegistered(registrant, asOf, out var resembles), resembles, registered, witness == ClaimWitness.HardwareAddress);
        if (meaning.Claim(Confidence, basis, meaning.Text, citation, witness) is { } claim)
        {
            claims.Add(claim with { Field = InventoryField.SnmpEngineId, Value = engineId.ToString(), Registry = entry });
        }
        else
        {
            notes.Add(meaning.Text);
        }
    }

    private void AddMacClaim(SnmpEngineId engineId, MacAddress mac, DateOnly asOf, List<ManufacturerClaim> claims, List<string> notes)
    {
        if (mac.IsMulticast || mac.IsLocallyAdministered)
        {
            notes.Add($"snmpEngineID {engineId} carries MAC {mac}, a {(mac.IsMulticast ? "group" : "locally administered")} address that names no manufacturer");
            return;
        }

        if (macs.Lookup(mac) is not { } assignment)
        {
            notes.Add($"snmpEngineID {engineId} carries MAC {mac}, whose prefix is not in the IEEE registries");
            return;
        }

        AddMeaning($"snmpEngineID {engineId} carries MAC {mac} → IEEE {assignment.RegistryName} {assignment.Prefix} {assignment.Organisation}", assignment.Organisation, "SNMP engine ID MAC", ClaimWitness.HardwareAddress, assignment.Snapshot.Citation, MacClaims.Entry(assignment), engineId, asOf, claims, notes);
    }
}
