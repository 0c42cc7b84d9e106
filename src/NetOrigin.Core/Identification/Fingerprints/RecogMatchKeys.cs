using NetOrigin.Inventory;

namespace NetOrigin.Identification.Fingerprints;

/// <summary>
/// Which recog <c>matches</c> values describe which inventory identifiers. recog names the text a file reads
/// ("snmp.sys_description", "http_header.server"); a user's recog database is used for the identifiers it fits and
/// every other file (favicons, SMTP banners, ...) is skipped with a note.
/// </summary>
public static class RecogMatchKeys
{
    /// <summary>Our own key for model and part-number patterns (model, part_number and entPhysicalModelName).</summary>
    public const string ModelNumber = "hw.model";

    /// <summary>Our own key for service texts without a column of their own (mDNS, SMB, NTP, DNS, LDAP, PJL, greetings), read from the banner column.</summary>
    public const string ServiceBanner = "service.banner";

    private static readonly Dictionary<string, IdentifierKind[]> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["snmp.sys_description"] = [IdentifierKind.SysDescr],
        ["snmp.sysdescr"] = [IdentifierKind.SysDescr],
        ["snmp.sys_object_id"] = [IdentifierKind.SysObjectId],
        ["ssh.banner"] = [IdentifierKind.SshBanner, IdentifierKind.Banner],
        ["http_header.server"] = [IdentifierKind.HttpServer],
        ["html_title"] = [IdentifierKind.HtmlTitle],
        ["http_header.wwwauth"] = [IdentifierKind.HttpWwwAuthenticate],
        ["http_header.wwwauth.realm"] = [IdentifierKind.HttpWwwAuthenticate],
        ["telnet.banner"] = [IdentifierKind.TelnetBanner, IdentifierKind.Banner],
        ["ftp.banner"] = [IdentifierKind.FtpBanner, IdentifierKind.Banner],
        ["sip.user_agent"] = [IdentifierKind.SipUserAgent],
        ["sip_header.user_agent"] = [IdentifierKind.SipUserAgent],

        // A SIP Server header carries the same product string as the User-Agent the same firmware sends.
        ["sip_header.server"] = [IdentifierKind.SipUserAgent],
        ["sip.banner"] = [IdentifierKind.SipUserAgent],
        ["rtsp_header.server"] = [IdentifierKind.RtspServer],
        ["x509.subject"] = [IdentifierKind.TlsSubject],
        ["x509.issuer"] = [IdentifierKind.TlsIssuer],
        ["dhcp_vendor_class"] = [IdentifierKind.DhcpVendorClass],
        ["dhcp.vendor_class"] = [IdentifierKind.DhcpVendorClass],
        [ModelNumber] = [IdentifierKind.EntModelName],
        [ServiceBanner] = [IdentifierKind.Banner],
    };

    /// <summary>The identifiers a file with this <c>matches</c> value reads; empty when NetOrigin has none that fit.</summary>
    public static IReadOnlyList<IdentifierKind> KindsOf(string matches) =>
        Kinds.TryGetValue(matches.Trim(), out var kinds) ? kinds : [];
}
