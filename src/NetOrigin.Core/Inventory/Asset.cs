namespace NetOrigin.Inventory;

/// <summary>
/// One item of a network or one service it depends on, as an inventory declares it.
/// Values are kept as given; identification and policy work on them without changing them.
/// </summary>
public sealed class Asset
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public AssetKind Kind { get; init; }
    public AssetRole Role { get; init; }

    /// <summary>The purpose it serves (public-safety, government-facility, ...), lower-case with hyphens.</summary>
    public string? Use { get; init; }
    public string? Site { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country where the asset is, upper-case.</summary>
    public string? Country { get; init; }

    /// <summary>The organisation that operates the asset.</summary>
    public string? OwnerOrg { get; init; }
    public string? Manufacturer { get; init; }
    public string? Model { get; init; }
    public string? PartNumber { get; init; }
    public string? Serial { get; init; }
    public string? Firmware { get; init; }
    public IReadOnlyList<MacAddress> Macs { get; init; } = [];

    /// <summary>Observed identifiers other than MAC addresses (SNMP values, banners, certificate names).</summary>
    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];
    public string? Provider { get; init; }
    public ServiceType ServiceType { get; init; }
    public long? Asn { get; init; }
    public DateOnly? Acquired { get; init; }
    public DateOnly? Installed { get; init; }

    /// <summary>Network technologies the asset serves (5g, 4g, full-fibre, ...), lower-case with hyphens.</summary>
    public IReadOnlyList<string> Technologies { get; init; } = [];

    /// <summary>Whether it can route or redirect user traffic or see user data; null when not stated.</summary>
    public bool? RoutesUserData { get; init; }

    /// <summary>Country where it was produced (ISO 3166-1 alpha-2), when stated.</summary>
    public string? OriginCountry { get; init; }
    public SourceLocation Source { get; init; }

    /// <summary>Who supplied it, when a source says so apart from its maker (a distributor, a reseller).</summary>
    public string? Supplier { get; init; }

    /// <summary>
    /// Where within <see cref="Source"/> individual values were read, for sources that know (a NetBox object URL, a
    /// BOM field, an SNMP OID). Empty for rows of a text file, where the location is the whole story.
    /// </summary>
    public IReadOnlyList<FieldOrigin> Origins { get; init; } = [];

    public string? IdentifierValue(IdentifierKind kind)
    {
        foreach (var identifier in Identifiers)
        {
            if (identifier.Kind == kind)
            {
                return identifier.Value;
            }
        }

        return null;
    }
}
