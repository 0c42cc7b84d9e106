using NetOrigin.Entities;

namespace NetOrigin.Identification.Claims;

/// <summary>
/// What a registry entry (an IANA enterprise number, an IEEE prefix) found in a device says: its registrant made the
/// device, or made its operating system, or made a part inside it (a chip, a network stack, SNMP agent software) —
/// in which case it says nothing about who made the device. Worked out once per entry and date.
/// </summary>
internal sealed record RegistrantMeaning(Organisation? Organisation, bool OperatingSystem, string Text)
{
    /// <summary>
    /// What the entry means. <paramref name="hardwareRegistry"/> is set for MAC prefixes, which a maker registers for
    /// the interfaces it builds: an operating-system publisher that also makes hardware (Microsoft's Surface,
    /// Google's Pixel) is then the device's maker, while its enterprise number in a sysObjectID names its OS's agent.
    /// The role is the named registrant's own, so a chip maker that later bought a device maker (Broadcom and Blue
    /// Coat) does not turn that maker's numbers into a component.
    /// </summary>
    public static RegistrantMeaning Of(NameResolution? resolution, Organisation? resembles, string registered, bool hardwareRegistry = false)
    {
        if (resolution is null)
        {
            return new(null, false, resembles is null
                ? $"{registered}: the registrant's name is too short to attribute"
                : $"{registered}: this name resembles {resembles.Name} but is not a known spelling of it; check it (not attributed)");
        }

        var organisation = resolution.Organisation;
        var reached = !organisation.Listed && resolution.Succession is null ? $"{registered} (not in the organisation data)" : $"{registered} → {resolution.Reached}";
        var named = resolution.Named;
        var roles = named.InsideDevices;
        if (hardwareRegistry && named.Kind == OrganisationKind.Manufacturer)
        {
            roles &= ~PartRole.OperatingSystem;
        }

        if ((roles & PartRole.OperatingSystem) != 0)
        {
            return new(organisation, true, $"{reached}: the operating system's maker, not the device's");
        }

        return roles == PartRole.None ? new(organisation, false, reached)
            : roles == PartRole.StandardMib ? new(null, false, $"{reached}: a standards body whose MIB many makers implement; it names the standard, not the device's maker")
            : new(null, false, $"{reached}: the maker of {Parts(roles)} that many makers build into their devices; it names a component, not the device's maker");
    }

    public ManufacturerClaim? Claim(double confidence, string basis, string evidence, string? citation, ClaimWitness witness) => Organisation switch
    {
        null => null,
        { } organisation when OperatingSystem => new ManufacturerClaim(organisation, Math.Round(confidence * 0.5, 3), basis + " (operating system)", evidence, citation, null, null, FingerprintClaims.OperatingSystemDevice)
        {
            OperatingSystemOnly = true,
            Witness = witness,
        },
        { } organisation => new ManufacturerClaim(organisation, confidence, basis, evidence, citation) { Witness = witness },
    };

    private static string Parts(PartRole roles)
    {
        var parts = new List<string>(3);
        if ((roles & PartRole.Chips) != 0)
        {
            parts.Add("chips");
        }

        if ((roles & PartRole.NetworkStack) != 0)
        {
            parts.Add("a network stack");
        }

        if ((roles & PartRole.AgentSoftware) != 0)
        {
            parts.Add("SNMP agent software");
        }

        return string.Join(" and ", parts);
    }
}
