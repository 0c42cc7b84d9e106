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
}

/// <summary>
/// A product line the sample network uses: who really makes it and how inventories describe it. A line whose maker
/// left a covered group (Honor sold by Huawei, Imou sold by Dahua) is covered only when obtained before
/// <c>CoveredUntil</c>. <c>MakerGroup</c> is the organisation id of the true maker, or several separated by '|'
/// where one name really belongs to independent companies (TP-Link). <c>ModelsNameMaker</c> says whether the model
/// names alone tell who made the product (NE40E, ZXR10, DS-2CD…) or could be anyone's (Router 3, C6N).
/// </summary>
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
    long? Asn = null,
    DateOnly? CoveredUntil = null,
    bool ModelsNameMaker = true);
