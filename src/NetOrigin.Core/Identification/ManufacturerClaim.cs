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
}
