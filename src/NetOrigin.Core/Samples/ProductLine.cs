using NetOrigin.Inventory;

namespace NetOrigin.Samples;

/// <summary>How the FCC Covered List treats a maker's products, as the generator's own ground truth sees it.</summary>
public enum CoveredClass
{
    /// <summary>Not on the list.</summary>
    None,

    /// <summary>Huawei, ZTE: all telecommunications equipment.</summary>
    AllEquipment,

    /// <summary>Hikvision, Dahua, Hytera: only for public safety, government facilities, critical infrastructure, national security.</summary>
    LimitedUses,

    /// <summary>Listed carriers: their international telecommunications services.</summary>
    Services,

    /// <summary>Kaspersky: its security software.</summary>
    SecuritySoftware,

    /// <summary>Honor: a Huawei subsidiary until 2020-11-17, independent after.</summary>
    HuaweiUntilNovember2020,
}

/// <summary>A product line the sample network uses: who really makes it and how inventories describe it.</summary>
public sealed record ProductLine(
    string MakerGroup,
    CoveredClass Covered,
    AssetKind Kind,
    AssetRole Role,
    string[] Spellings,
    string[] Models,
    string[] MacPrefixes,
    string? EnterpriseOid = null,
    string? SysDescr = null,
    ServiceType ServiceType = ServiceType.Unspecified,
    long? Asn = null);
