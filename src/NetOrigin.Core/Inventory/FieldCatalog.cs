using System.Collections.Frozen;
using System.Text;

namespace NetOrigin.Inventory;

/// <summary>
/// Maps the column names and JSON keys real inventories use onto <see cref="InventoryField"/>s.
/// Names match case-insensitively and ignoring spaces, hyphens and underscores, so "MAC Address", "mac_address"
/// and "macaddress" are one name.
/// </summary>
public static class FieldCatalog
{
    public static readonly int FieldCount = Enum.GetValues<InventoryField>().Length;

    private static readonly (InventoryField Field, string[] Names)[] Spellings =
    [
        (InventoryField.Id, ["id", "asset id", "device id", "item id", "inventory id", "uid"]),
        (InventoryField.Name, ["name", "hostname", "host name", "device name", "asset name", "label"]),
        (InventoryField.Kind, ["kind", "asset kind", "item kind"]),
        (InventoryField.Role, ["role", "device role", "network role"]),
        (InventoryField.Use, ["use", "usage", "purpose", "use case"]),
        (InventoryField.Site, ["site", "site name", "location"]),
        (InventoryField.Country, ["country", "country code"]),
        (InventoryField.OwnerOrg, ["owner org", "owner", "operator", "organisation", "organization", "tenant", "operated by"]),
        (InventoryField.Manufacturer, ["manufacturer", "vendor", "make", "mfr", "mfg", "maker", "brand", "manufacturer name", "vendor name"]),
        (InventoryField.Model, ["model", "model name", "device model", "device type", "product"]),
        (InventoryField.PartNumber, ["part number", "pn", "part no", "sku", "pid", "product id"]),
        (InventoryField.Serial, ["serial", "serial number", "sn", "serial no"]),
        (InventoryField.Mac, ["mac", "mac address", "mac addresses", "macs", "hw address", "hardware address", "ethernet address"]),
        (InventoryField.SysObjectId, ["sys object id", "sysobjectid", "object id"]),
        (InventoryField.SysDescr, ["sys descr", "sysdescr", "sys description", "snmp sysdescr"]),
        (InventoryField.Firmware, ["firmware", "firmware version", "os version", "software version", "version"]),
        (InventoryField.Provider, ["provider", "service provider", "carrier"]),
        (InventoryField.ServiceType, ["service type"]),
        (InventoryField.Asn, ["asn", "as number", "provider asn"]),
        (InventoryField.Acquired, ["acquired", "acquired date", "acquisition date", "purchased", "purchase date", "procured"]),
        (InventoryField.Installed, ["installed", "install date", "installed date", "installation date", "commissioned", "in service"]),
        (InventoryField.Technology, ["technology", "technologies", "generation", "access technology"]),
        (InventoryField.RoutesUserData, ["routes user data", "sees user data", "handles user data"]),
        (InventoryField.OriginCountry, ["origin country", "country of origin", "made in", "cdx:device:countryOfOrigin"]),
        (InventoryField.SnmpEngineId, ["snmp engine id", "engine id", "snmpengineid"]),
        (InventoryField.EntMfgName, ["ent mfg name", "entphysicalmfgname", "ent physical mfg name"]),
        (InventoryField.EntModelName, ["ent model name", "entphysicalmodelname", "ent physical model name"]),
        (InventoryField.SshBanner, ["ssh banner", "ssh"]),
        (InventoryField.HttpServer, ["http server", "server header"]),
        (InventoryField.HtmlTitle, ["html title", "http title", "page title"]),
        (InventoryField.HttpWwwAuthenticate, ["http www authenticate", "www authenticate"]),
        (InventoryField.TelnetBanner, ["telnet banner"]),
        (InventoryField.FtpBanner, ["ftp banner"]),
        (InventoryField.SipUserAgent, ["sip user agent", "sip ua"]),
        (InventoryField.RtspServer, ["rtsp server"]),
        (InventoryField.TlsSubject, ["tls subject", "cert subject", "certificate subject"]),
        (InventoryField.TlsIssuer, ["tls issuer", "cert issuer", "certificate issuer"]),
        (InventoryField.DhcpVendorClass, ["dhcp vendor class", "vendor class", "dhcp option 60"]),
        (InventoryField.Banner, ["banner"]),
        (InventoryField.Supplier, ["supplier", "supplier name", "distributor", "reseller"]),
        (InventoryField.Cpe, ["cpe", "cpes", "cpe name", "cpe23"]),
    ];

    private static readonly FrozenDictionary<string, InventoryField> ByKey = Spellings
        .SelectMany(s => s.Names.Append(s.Field.ToString()).Select(n => (Key: Key(n), s.Field)))
        .Distinct()
        .ToFrozenDictionary(p => p.Key, p => p.Field, StringComparer.Ordinal);

    private static readonly string[] CanonicalNames = Spellings
        .OrderBy(s => (int)s.Field)
        .Select(s => ToSnakeCase(s.Field.ToString()))
        .ToArray();

    /// <summary>The documented (snake_case) name of a field, as written in output and docs.</summary>
    public static string NameOf(InventoryField field) => CanonicalNames[(int)field];

    public static bool TryResolve(string columnName, out InventoryField field) =>
        ByKey.TryGetValue(Key(columnName), out field);

    /// <summary>The identifier kind a field carries, for fields that hold observed identifiers.</summary>
    public static IdentifierKind? IdentifierKindOf(InventoryField field) => field switch
    {
        InventoryField.SysObjectId => IdentifierKind.SysObjectId,
        InventoryField.SysDescr => IdentifierKind.SysDescr,
        InventoryField.SnmpEngineId => IdentifierKind.SnmpEngineId,
        InventoryField.EntMfgName => IdentifierKind.EntMfgName,
        InventoryField.EntModelName => IdentifierKind.EntModelName,
        InventoryField.SshBanner => IdentifierKind.SshBanner,
        InventoryField.HttpServer => IdentifierKind.HttpServer,
        InventoryField.HtmlTitle => IdentifierKind.HtmlTitle,
        InventoryField.HttpWwwAuthenticate => IdentifierKind.HttpWwwAuthenticate,
        InventoryField.TelnetBanner => IdentifierKind.TelnetBanner,
        InventoryField.FtpBanner => IdentifierKind.FtpBanner,
        InventoryField.SipUserAgent => IdentifierKind.SipUserAgent,
        InventoryField.RtspServer => IdentifierKind.RtspServer,
        InventoryField.TlsSubject => IdentifierKind.TlsSubject,
        InventoryField.TlsIssuer => IdentifierKind.TlsIssuer,
        InventoryField.DhcpVendorClass => IdentifierKind.DhcpVendorClass,
        InventoryField.Banner => IdentifierKind.Banner,
        InventoryField.Cpe => IdentifierKind.Cpe,
        _ => null,
    };

    /// <summary>The field an identifier kind is read from.</summary>
    public static InventoryField FieldOf(IdentifierKind kind) => kind == IdentifierKind.Mac ? InventoryField.Mac : Enum.Parse<InventoryField>(kind.ToString());

    private static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    internal static string ToSnakeCase(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }
}
