using NetOrigin.Entities;

namespace NetOrigin.Identification;

/// <summary>
/// What one identifier says about who made (or provides) an asset: the organisation, how sure, and the evidence,
/// e.g. "MAC 30:FB:B8:01:02:03 → IEEE MA-L 30FBB8 HUAWEI TECHNOLOGIES CO.,LTD".
/// </summary>
public sealed record ManufacturerClaim(
    Organisation Organisation,
    double Confidence,
    string Basis,
    string Evidence,
    string? Citation,
    Brand? Brand = null,
    string? Product = null,
    string? DeviceType = null)
{
    /// <summary>
    /// The same claim object stands for many assets (it was made once per distinct name or text), so its evidence
    /// may be prepared once too.
    /// </summary>
    public bool Shared { get; init; }

    /// <summary>
    /// The claim names only the maker of the operating system the asset runs (Debian, FreeBSD, Windows), not a
    /// device maker: it may name a host when nothing else does, but never decides who made the hardware.
    /// </summary>
    public bool OperatingSystemOnly { get; init; }

    /// <summary>The inventory field the claim was read from, and its value there.</summary>
    public Inventory.InventoryField? Field { get; init; }
    public string? Value { get; init; }

    /// <summary>The registry entry that names the organisation, with its snapshot, when a registry does.</summary>
    public RegistryEntryReference? Registry { get; init; }

    /// <summary>The fingerprint that matched, with its database's version, when a fingerprint does.</summary>
    public FingerprintReference? Fingerprint { get; init; }

    /// <summary>What kind of witness the identifier is; it decides which claims give way when they disagree.</summary>
    public ClaimWitness Witness { get; init; } = ClaimWitness.Declared;
}

/// <summary>The kinds of witness an identifier can be to who made an asset.</summary>
public enum ClaimWitness
{
    /// <summary>Someone says so: the inventory's manufacturer or provider field, a model number typed into it.</summary>
    Declared,

    /// <summary>
    /// The device describes itself: its sysDescr, banners, page titles, certificate names, DHCP vendor class, the
    /// ENTITY-MIB names it reports. A maker named here outranks a registry number the device merely carries.
    /// </summary>
    SelfDescription,

    /// <summary>
    /// An enterprise number the device reports (its sysObjectID or SNMPv3 engine ID), looked up in the IANA registry.
    /// Makers borrow these (a chip's reference firmware, a licensed agent's number), so a maker the device's own
    /// description names outranks it.
    /// </summary>
    EnterpriseNumber,

    /// <summary>The registered prefix of a MAC address the device carries.</summary>
    HardwareAddress,
}
