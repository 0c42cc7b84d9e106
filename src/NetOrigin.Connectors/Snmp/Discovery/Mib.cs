using NetOrigin.Connectors.Snmp.Ber;

namespace NetOrigin.Connectors.Snmp.Discovery;

/// <summary>The objects discovery reads: SNMPv2-MIB system group, SNMP-FRAMEWORK-MIB, IF-MIB, ENTITY-MIB, LLDP-MIB.</summary>
public static class Mib
{
    public static readonly Oid SysDescr = Oid.Parse("1.3.6.1.2.1.1.1.0");
    public static readonly Oid SysObjectId = Oid.Parse("1.3.6.1.2.1.1.2.0");
    public static readonly Oid SysContact = Oid.Parse("1.3.6.1.2.1.1.4.0");
    public static readonly Oid SysName = Oid.Parse("1.3.6.1.2.1.1.5.0");
    public static readonly Oid SysLocation = Oid.Parse("1.3.6.1.2.1.1.6.0");
    public static readonly Oid SnmpEngineId = Oid.Parse("1.3.6.1.6.3.10.2.1.1.0");

    public static readonly Oid IfPhysAddress = Oid.Parse("1.3.6.1.2.1.2.2.1.6");

    /// <summary>entPhysicalEntry; columns below.</summary>
    public static readonly Oid EntPhysicalEntry = Oid.Parse("1.3.6.1.2.1.47.1.1.1.1");
    public const uint EntDescr = 2, EntContainedIn = 4, EntClass = 5, EntName = 7, EntHardwareRev = 8, EntFirmwareRev = 9,
        EntSoftwareRev = 10, EntSerialNum = 11, EntMfgName = 12, EntModelName = 13;

    /// <summary>PhysicalClass values (RFC 6933): chassis(3), module(9).</summary>
    public const long ClassChassis = 3, ClassModule = 9;

    /// <summary>lldpRemEntry; columns below. Index: time mark, local port, remote index.</summary>
    public static readonly Oid LldpRemEntry = Oid.Parse("1.0.8802.1.1.2.1.4.1.1");
    public const uint LldpChassisIdSubtype = 4, LldpChassisId = 5, LldpSysName = 9, LldpSysDesc = 10;

    /// <summary>LldpChassisIdSubtype macAddress(4).</summary>
    public const long ChassisIdMac = 4;
}
