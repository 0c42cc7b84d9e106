namespace NetOrigin.Entities;

/// <summary>
/// What an organisation's name or registry number means when it turns up inside another maker's device: the maker
/// of a part (a chip or reference design, a network stack, SNMP agent software) or of the operating system. A
/// registrant with such a role is reported as that part, never as the device's maker.
/// </summary>
[Flags]
public enum PartRole
{
    None = 0,

    /// <summary>Chips and reference designs (switch and Wi-Fi silicon, network controllers).</summary>
    Chips = 1,

    /// <summary>Embedded TCP/IP stacks licensed to device makers.</summary>
    NetworkStack = 2,

    /// <summary>SNMP agent and management software that many makers embed.</summary>
    AgentSoftware = 4,

    /// <summary>An operating system that runs on other makers' hardware.</summary>
    OperatingSystem = 8,

    /// <summary>
    /// A standards body or industry forum whose enterprise number holds the MIB of a standard many makers implement
    /// (DOCSIS cable modems, DSL, EPON and cable-TV access equipment): the number names the standard, not the maker.
    /// </summary>
    StandardMib = 16,
}
