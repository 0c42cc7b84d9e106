namespace NetOrigin.Inventory;

/// <summary>
/// One item of a network or one service it depends on. However it is made — read by an inventory reader, built by
/// an importer through <see cref="AssetFactory"/>, or set in code — it holds the same normalised values: terms in
/// the form of <see cref="AssetVocabulary"/>, countries upper-case, and nothing a reader would reject. A value
/// that cannot be normalised throws <see cref="ArgumentException"/>; <see cref="AssetFactory"/> turns text into
/// an asset or a reason instead.
/// </summary>
public sealed class Asset
{
    public required string Id
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("an asset needs an id", nameof(Id)) : value;
    } = "";

    public string? Name { get; internal init; }

    internal AssetKind Kind
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentException($"kind {(int)value} is not defined", nameof(Kind));
    }

    internal AssetRole Role
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentException($"role {(int)value} is not defined", nameof(Role));
    }

    /// <summary>The purpose it serves (public-safety, government-facility, ...), as a vocabulary term.</summary>
    internal string? Use
    {
        get;
        init => field = AssetVocabulary.NormaliseTerm(value);
    }

    public string? Site { get; internal init; }

    /// <summary>ISO 3166-1 alpha-2 country where the asset is, upper-case.</summary>
    internal string? Country
    {
        get;
        init => field = CountryCode(value, "country");
    }

    /// <summary>The organisation that operates the asset.</summary>
    internal string? OwnerOrg { get; init; }
    internal string? Manufacturer { get; init; }
    internal string? Model { get; init; }
    internal string? PartNumber { get; init; }
    internal string? Serial { get; init; }
    internal string? Firmware { get; init; }
    internal IReadOnlyList<MacAddress> Macs { get; init; } = [];

    /// <summary>Observed identifiers other than MAC addresses (SNMP values, banners, certificate names).</summary>
    internal IReadOnlyList<Identifier> Identifiers { get; init; } = [];
    internal string? Provider { get; init; }

    internal ServiceType ServiceType
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentException($"service type {(int)value} is not defined", nameof(ServiceType));
    }

    internal long? Asn
    {
        get;
        init => field = value is null or (> 0 and <= uint.MaxValue) ? value : throw new ArgumentException($"asn {value} is not an autonomous system number", nameof(Asn));
    }

    internal DateOnly? Acquired { get; init; }
    internal DateOnly? Installed { get; init; }

    /// <summary>Network technologies the asset serves (5g, 4g, full-fibre, ...), as distinct vocabulary terms.</summary>
    internal IReadOnlyList<string> Technologies
    {
        get;
        init => field = value.Count == 0 ? [] : value.Select(AssetVocabulary.NormaliseTerm).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
    } = [];

    /// <summary>Whether it can route or redirect user traffic or see user data; null when not stated.</summary>
    internal bool? RoutesUserData { get; init; }

    /// <summary>Country where it was produced (ISO 3166-1 alpha-2), when stated.</summary>
    internal string? OriginCountry
    {
        get;
        init => field = CountryCode(value, "origin_country");
    }

    public SourceLocation Source { get; internal init; }

    /// <summary>How the record was read where that matters to a reader of the evidence (two columns that disagree).</summary>
    public IReadOnlyList<string> InputNotes { get; internal init; } = [];

    /// <summary>Who supplied it, when a source says so apart from its maker (a distributor, a reseller).</summary>
    internal string? Supplier { get; init; }

    /// <summary>
    /// Where within <see cref="Source"/> individual values were read, for sources that know (a NetBox object URL, a
    /// BOM field, an SNMP OID). Empty for rows of a text file, where the location is the whole story.
    /// </summary>
    public IReadOnlyList<FieldOrigin> Origins { get; internal init; } = [];

    /// <summary>
    /// This asset with the operator-context fields a context file supplies (<see cref="InventoryContext"/>), and where
    /// each supplied value came from added to <see cref="Origins"/>. Every other value is kept as it is.
    /// </summary>
    internal Asset WithContext(string? use, string? country, string? ownerOrg, IReadOnlyList<string> technologies, bool? routesUserData, IReadOnlyList<FieldOrigin> origins) => new()
    {
        Id = Id,
        Name = Name,
        Kind = Kind,
        Role = Role,
        Use = use,
        Site = Site,
        Country = country,
        OwnerOrg = ownerOrg,
        Manufacturer = Manufacturer,
        Model = Model,
        PartNumber = PartNumber,
        Serial = Serial,
        Firmware = Firmware,
        Macs = Macs,
        Identifiers = Identifiers,
        Provider = Provider,
        ServiceType = ServiceType,
        Asn = Asn,
        Acquired = Acquired,
        Installed = Installed,
        Technologies = technologies,
        RoutesUserData = routesUserData,
        OriginCountry = OriginCountry,
        Source = Source,
        Supplier = Supplier,
        Origins = [.. Origins, .. origins],
    };

    internal string? IdentifierValue(IdentifierKind kind)
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

    /// <summary>An ISO 3166-1 alpha-2 code, upper-cased; the reason when <paramref name="value"/> is not one.</summary>
    internal static bool TryCountryCode(string? value, string field, out string? code, out string? reason)
    {
        reason = null;
        code = null;
        if (value is null)
        {
            return true;
        }

        var trimmed = value.Trim();
        if (trimmed.Length == 2 && char.IsAsciiLetter(trimmed[0]) && char.IsAsciiLetter(trimmed[1]))
        {
            code = trimmed.ToUpperInvariant();
            return true;
        }

        reason = $"{field} '{value}' is not an ISO 3166-1 alpha-2 code (such as US, GB, DE)";
        return false;
    }

    private static string? CountryCode(string? value, string field) =>
        TryCountryCode(value, field, out var code, out var reason) ? code : throw new ArgumentException(reason, field);
}
