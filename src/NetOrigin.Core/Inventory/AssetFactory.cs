using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NetOrigin.Inventory;

/// <summary>
/// The one way from field values to an <see cref="Asset"/>: every reader (CSV, TSV, JSON Lines) and every importer
/// hands it the text of each <see cref="InventoryField"/> it found and gets back an asset or the reason the values
/// cannot be one. Values are validated and normalised (<see cref="AssetVocabulary"/>), never guessed at.
/// </summary>
public static class AssetFactory
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>An asset from <paramref name="fields"/>, or the reason (naming the field and value) it cannot be one.</summary>
    public static bool TryCreate(AssetFields fields, SourceLocation source, [NotNullWhen(true)] out Asset? asset, [NotNullWhen(false)] out string? reason) =>
        TryCreate(fields.Values, null, null, source, out asset, out reason);

    /// <summary>As above, from values indexed by field; <paramref name="inputNotes"/> say how the record was read.</summary>
    internal static bool TryCreate(string?[] values, SourceLocation source, [NotNullWhen(true)] out Asset? asset, [NotNullWhen(false)] out string? reason, IReadOnlyList<string>? inputNotes = null) =>
        TryCreate(values, null, null, source, out asset, out reason, inputNotes);

    /// <summary>
    /// An asset rebuilt from what a store kept of one read through this factory: <paramref name="values"/> and
    /// <paramref name="origins"/> indexed by <see cref="InventoryField"/> (<see cref="FieldCatalog.FieldCount"/>
    /// long), every identifier observed, and the notes on how the record was read. It passes the same validation as
    /// when it was first read, so a stored asset is re-assessed exactly as it was.
    /// </summary>
    public static bool TryRestore(string?[] values, string?[]? origins, IReadOnlyList<Identifier> identifiers, IReadOnlyList<string> inputNotes, SourceLocation source, [NotNullWhen(true)] out Asset? asset, [NotNullWhen(false)] out string? reason) =>
        TryCreate(values, origins, identifiers, source, out asset, out reason, inputNotes);

    /// <summary>
    /// As <see cref="TryCreate(AssetFields, SourceLocation, out Asset?, out string?)"/>, for sources that know where
    /// each value came from (<paramref name="origins"/>, by field) and observe more identifiers of one kind than one
    /// field holds (<paramref name="moreIdentifiers"/>: every banner of every scanned port). Those are validated as
    /// their field's values are; <paramref name="inputNotes"/> say how the record was read (two columns that disagree).
    /// </summary>
    internal static bool TryCreate(string?[] values, string?[]? origins, IReadOnlyList<Identifier>? moreIdentifiers, SourceLocation source, [NotNullWhen(true)] out Asset? asset, [NotNullWhen(false)] out string? reason, IReadOnlyList<string>? inputNotes = null)
    {
        asset = null;
        var id = values[(int)InventoryField.Id];
        if (string.IsNullOrWhiteSpace(id))
        {
            reason = "the id field is empty";
            return false;
        }

        if (!AssetVocabulary.TryParseKind(values[(int)InventoryField.Kind], out var kind, out reason)
            || !AssetVocabulary.TryParseRole(values[(int)InventoryField.Role], out var role, out reason)
            || !AssetVocabulary.TryParseServiceType(values[(int)InventoryField.ServiceType], out var serviceType, out reason)
            || !Asset.TryCountryCode(values[(int)InventoryField.Country], "country", out var country, out reason)
            || !TryParseMacs(values[(int)InventoryField.Mac], out var macs, out reason)
            || !TryParseAsn(values[(int)InventoryField.Asn], out var asn, out reason)
            || !TryParseDate(values[(int)InventoryField.Acquired], "acquired", out var acquired, out reason)
            || !TryParseDate(values[(int)InventoryField.Installed], "installed", out var installed, out reason)
            || !Asset.TryCountryCode(values[(int)InventoryField.OriginCountry], "origin_country", out var origin, out reason)
            || !TryParseBool(values[(int)InventoryField.RoutesUserData], "routes_user_data", out var routes, out reason)
            || !TryCollectIdentifiers(values, origins, moreIdentifiers, out var identifiers, out reason))
        {
            reason ??= "the values cannot make an asset";
            return false;
        }

        asset = new Asset
        {
            Id = id,
            Name = values[(int)InventoryField.Name],
            Kind = kind,
            Role = role,
            Use = values[(int)InventoryField.Use],
            Site = values[(int)InventoryField.Site],
            Country = country,
            OwnerOrg = values[(int)InventoryField.OwnerOrg],
            Manufacturer = values[(int)InventoryField.Manufacturer],
            Model = values[(int)InventoryField.Model],
            PartNumber = values[(int)InventoryField.PartNumber],
            Serial = values[(int)InventoryField.Serial],
            Firmware = values[(int)InventoryField.Firmware],
            Macs = macs,
            Identifiers = identifiers,
            Provider = values[(int)InventoryField.Provider],
            ServiceType = serviceType,
            Asn = asn,
            Acquired = acquired,
            Installed = installed,
            Technologies = Terms(values[(int)InventoryField.Technology]),
            RoutesUserData = routes,
            OriginCountry = origin,
            Source = source,
            InputNotes = inputNotes ?? [],
            Supplier = values[(int)InventoryField.Supplier],
            Origins = Origins(origins),
        };
        reason = null;
        return true;
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a valid value of <paramref name="field"/> (a known role or service type, a
    /// date, a MAC). Connectors test terms from their own taxonomies with it and leave an unrecognised one out of the
    /// asset (keeping it elsewhere) rather than reject a record whose source never promised our vocabulary.
    /// </summary>
    internal static bool Accepts(InventoryField field, string value) => field switch
    {
        InventoryField.Kind => AssetVocabulary.TryParseKind(value, out _, out _),
        InventoryField.Role => AssetVocabulary.TryParseRole(value, out _, out _),
        InventoryField.ServiceType => AssetVocabulary.TryParseServiceType(value, out _, out _),
        InventoryField.Country or InventoryField.OriginCountry => Asset.TryCountryCode(value, "country", out _, out _),
        InventoryField.Mac => TryParseMacs(value, out _, out _),
        InventoryField.Asn => TryParseAsn(value, out _, out _),
        InventoryField.Acquired or InventoryField.Installed => TryParseDate(value, "date", out _, out _),
        InventoryField.RoutesUserData => TryParseBool(value, "routes_user_data", out _, out _),
        InventoryField.SysObjectId => ObjectIdentifier.TryNormalise(value, out _),
        _ => true,
    };

    private static IReadOnlyList<string> Terms(string? value) =>
        value is null ? [] : value.Split([';', ',', '|', '/'], StringSplitOptions.RemoveEmptyEntries);

    private static bool TryParseBool(string? value, string field, out bool? result, out string? reason)
    {
        reason = null;
        result = AssetVocabulary.NormaliseTerm(value) switch
        {
            null => null,
            "true" or "yes" or "y" or "1" => true,
            "false" or "no" or "n" or "0" => false,
            _ => null,
        };
        if (result is not null || value is null)
        {
            return true;
        }

        reason = $"{field} '{value}' is not yes or no";
        return false;
    }

    private static bool TryParseMacs(string? value, out IReadOnlyList<MacAddress> macs, out string? reason)
    {
        reason = null;
        macs = [];
        if (value is null)
        {
            return true;
        }

        var list = new List<MacAddress>(1);
        foreach (var part in value.Split([';', ',', ' ', '\t', '|'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!MacAddress.TryParse(part, out var mac))
            {
                reason = $"mac '{part}' is not a MAC address";
                return false;
            }

            list.Add(mac);
        }

        macs = list;
        return true;
    }

    private static bool TryParseAsn(string? value, out long? asn, out string? reason)
    {
        reason = null;
        asn = null;
        if (value is null)
        {
            return true;
        }

        var digits = value.StartsWith("AS", StringComparison.OrdinalIgnoreCase) ? value[2..] : value;
        if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= uint.MaxValue)
        {
            asn = n;
            return true;
        }

        reason = $"asn '{value}' is not an autonomous system number";
        return false;
    }

    private static bool TryParseDate(string? value, string field, out DateOnly? date, out string? reason)
    {
        reason = null;
        date = null;
        if (value is null)
        {
            return true;
        }

        // The documented form first, without the cost of the general parser.
        if (value.Length == 10 && value[4] == '-' && value[7] == '-'
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            date = iso;
            return true;
        }

        if (DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }

        reason = $"{field} '{value}' is not a date (use YYYY-MM-DD)";
        return false;
    }

    private static IReadOnlyList<FieldOrigin> Origins(string?[]? origins)
    {
        if (origins is null)
        {
            return [];
        }

        var list = new List<FieldOrigin>();
        for (var i = 0; i < origins.Length; i++)
        {
            if (origins[i] is { } origin)
            {
                list.Add(new FieldOrigin((InventoryField)i, origin));
            }
        }

        return list;
    }

    private static bool TryCollectIdentifiers(string?[] values, string?[]? origins, IReadOnlyList<Identifier>? more, out IReadOnlyList<Identifier> identifiers, out string? reason)
    {
        reason = null;
        identifiers = [];
        List<Identifier>? list = null;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value is null || FieldCatalog.IdentifierKindOf((InventoryField)i) is not { } kind)
            {
                continue;
            }

            var origin = origins?[i];
            if (kind == IdentifierKind.Cpe)
            {
                // CPE names hold no white space, so one field can carry several.
                foreach (var cpe in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!TryIdentifier(kind, cpe, origin, ref list, out reason))
                    {
                        return false;
                    }
                }

                continue;
            }

            if (!TryIdentifier(kind, value, origin, ref list, out reason))
            {
                return false;
            }
        }

        foreach (var identifier in more ?? [])
        {
            if (!TryIdentifier(identifier.Kind, identifier.Value, identifier.Origin, ref list, out reason))
            {
                return false;
            }
        }

        identifiers = list is null ? [] : list;
        return true;
    }

    private static bool TryIdentifier(IdentifierKind kind, string value, string? origin, ref List<Identifier>? list, out string? reason)
    {
        reason = null;
        if (kind == IdentifierKind.SysObjectId)
        {
            if (!ObjectIdentifier.TryNormalise(value, out var oid))
            {
                reason = $"sys_object_id '{value}' is not an OID";
                return false;
            }

            value = oid;
        }
        else if (kind == IdentifierKind.Cpe && !value.StartsWith("cpe:", StringComparison.OrdinalIgnoreCase))
        {
            reason = $"cpe '{value}' is not a CPE name (cpe:/... or cpe:2.3:...)";
            return false;
        }

        (list ??= new List<Identifier>(2)).Add(new Identifier(kind, value) { Origin = origin });
        return true;
    }
}
