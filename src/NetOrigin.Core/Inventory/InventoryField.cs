namespace NetOrigin.Inventory;

/// <summary>The fields of inventory format v1 (docs/inventory-format.md).</summary>
public enum InventoryField
{
    Id,
    Name,
    Kind,
    Role,
    Use,
    Site,
    Country,
    OwnerOrg,
    Manufacturer,
    Model,
    PartNumber,
    Serial,
    Mac,
    SysObjectId,
    SysDescr,
    Firmware,
    Provider,
    ServiceType,
    Asn,
    Acquired,
    Installed,
    Technology,
    RoutesUserData,
    OriginCountry,
    SnmpEngineId,
    EntMfgName,
    EntModelName,
    SshBanner,
    HttpServer,
    HtmlTitle,
    HttpWwwAuthenticate,
    TelnetBanner,
    FtpBanner,
    SipUserAgent,
    RtspServer,
    TlsSubject,
    TlsIssuer,
    DhcpVendorClass,
    Banner,

    /// <summary>Who supplied the item when that is not (or not known to be) its maker: a distributor or reseller.</summary>
    Supplier,

    /// <summary>CPE names (2.2 URIs or 2.3 formatted strings), several separated by white space.</summary>
    Cpe,
}
