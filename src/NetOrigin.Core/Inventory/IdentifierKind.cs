namespace NetOrigin.Inventory;

/// <summary>
/// Observed identifiers an asset may carry besides its declared manufacturer, model and part number.
/// The inventory field name of each is its snake_case form (see <see cref="InventoryField"/>).
/// </summary>
public enum IdentifierKind
{
    Mac,
    SysObjectId,
    SysDescr,
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

    /// <summary>A CPE name (cpe:/h:vendor:product or cpe:2.3:h:vendor:product:...).</summary>
    Cpe,
}
