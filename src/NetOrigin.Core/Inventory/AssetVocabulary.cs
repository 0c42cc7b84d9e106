using System.Collections.Frozen;

namespace NetOrigin.Inventory;

/// <summary>
/// The one vocabulary of asset terms: the words inventories, importers, policy packs, approved lists and waivers
/// may use for kinds, roles, service types, uses and product categories, and how each spelling is read. Every
/// reader and every data file goes through it, so "Government Facility", "government_facility" and
/// "government-facility" are one term everywhere.
/// </summary>
public static class AssetVocabulary
{
    private static readonly FrozenDictionary<string, AssetKind> KindTerms = Terms(
        (AssetKind.Device, ["device", "hardware", "equipment"]),
        (AssetKind.Module, ["module", "card", "line-card", "optic", "transceiver", "component"]),
        (AssetKind.Software, ["software", "application", "app"]),
        (AssetKind.Service, ["service", "circuit"]));

    private static readonly FrozenDictionary<string, AssetRole> RoleTerms = Terms(
        (AssetRole.Core, ["core"]),
        (AssetRole.Ran, ["ran", "radio-access", "radio"]),
        (AssetRole.Transport, ["transport", "backhaul"]),
        (AssetRole.Access, ["access"]),
        (AssetRole.Cpe, ["cpe", "customer-premises"]),
        (AssetRole.Surveillance, ["surveillance", "cctv", "video-surveillance"]),
        (AssetRole.Management, ["management", "mgmt", "oam", "nms"]),
        (AssetRole.Datacenter, ["datacenter", "data-center", "data-centre", "datacentre"]),
        (AssetRole.Enterprise, ["enterprise"]),
        (AssetRole.Satellite, ["satellite"]),
        (AssetRole.Other, ["other"]));

    private static readonly FrozenDictionary<string, ServiceType> ServiceTypeTerms = Terms(
        (ServiceType.Transit, ["transit", "ip-transit", "internet"]),
        (ServiceType.Backhaul, ["backhaul"]),
        (ServiceType.Roaming, ["roaming"]),
        (ServiceType.Interconnection, ["interconnection", "interconnect", "peering"]),
        (ServiceType.Satellite, ["satellite"]),
        (ServiceType.Cloud, ["cloud"]),
        (ServiceType.Other, ["other"]));

    /// <summary>Product categories rules and organisation data may name.</summary>
    internal static readonly FrozenSet<string> Categories = FrozenSet.Create(
        StringComparer.Ordinal,
        "telecom-equipment",
        "telecom-services",
        "satellite-services",
        "video-surveillance",
        "radio",
        "modules",
        "consumer-devices",
        "computing",
        "semiconductors",
        "software",
        "security-software",
        "uas",
        "data-centre-infrastructure",
        "printing",
        "industrial-control");

    /// <summary>
    /// Purposes rules may limit themselves to. Inventories may state other uses ("retail", "lab"); such an asset is
    /// simply outside every use-limited rule.
    /// </summary>
    internal static readonly FrozenSet<string> Uses = FrozenSet.Create(
        StringComparer.Ordinal,
        "public-safety",
        "government-facility",
        "critical-infrastructure",
        "critical-information-infrastructure",
        "national-security",
        "state-owned-enterprise",
        "commercial",
        "residential");

    internal static IReadOnlyList<string> KindNames { get; } = Names<AssetKind>();

    internal static IReadOnlyList<string> RoleNames { get; } = Names<AssetRole>();

    internal static IReadOnlyList<string> ServiceTypeNames { get; } = Names<ServiceType>();

    /// <summary>The documented name of a value: "device", "ran", "interconnection"; empty for Unspecified.</summary>
    internal static string NameOf(AssetKind kind) => kind == AssetKind.Unspecified ? "" : FieldCatalog.ToSnakeCase(kind.ToString());

    internal static string NameOf(AssetRole role) => role == AssetRole.Unspecified ? "" : FieldCatalog.ToSnakeCase(role.ToString());

    internal static string NameOf(ServiceType type) => type == ServiceType.Unspecified ? "" : FieldCatalog.ToSnakeCase(type.ToString());

    /// <summary>Lower-case with single hyphens: "Government Facility" and "government_facility" are one term.</summary>
    internal static string? NormaliseTerm(string? value)
    {
        if (value is null)
        {
            return null;
        }

        Span<char> buffer = value.Length <= 128 ? stackalloc char[value.Length] : new char[value.Length];
        var n = 0;
        var pendingHyphen = false;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && n > 0)
                {
                    buffer[n++] = '-';
                }

                pendingHyphen = false;
                buffer[n++] = char.ToLowerInvariant(c);
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return n == 0 ? null : new string(buffer[..n]);
    }

    /// <summary>A kind from any spelling; an empty value is Unspecified.</summary>
    internal static bool TryParseKind(string? value, out AssetKind kind, out string? reason) =>
        TryParse(KindTerms, value, "kind", KindNames, out kind, out reason);

    public static bool TryParseRole(string? value, out AssetRole role, out string? reason) =>
        TryParse(RoleTerms, value, "role", RoleNames, out role, out reason);

    internal static bool TryParseServiceType(string? value, out ServiceType type, out string? reason) =>
        TryParse(ServiceTypeTerms, value, "service_type", ServiceTypeNames, out type, out reason);

    /// <summary>A category a rule or the organisation data names, normalised; null with a reason if it is not one.</summary>
    public static bool TryParseCategory(string value, out string category, out string? reason) =>
        TryParseTerm(Categories, value, "category", out category, out reason);

    /// <summary>A use a rule names, normalised; null with a reason if it is not one.</summary>
    internal static bool TryParseUse(string value, out string use, out string? reason) =>
        TryParseTerm(Uses, value, "use", out use, out reason);

    private static bool TryParseTerm(FrozenSet<string> terms, string value, string what, out string term, out string? reason)
    {
        term = NormaliseTerm(value) ?? "";
        if (terms.Contains(term))
        {
            reason = null;
            return true;
        }

        reason = $"{what} '{value}' is not one of {string.Join(", ", terms.Order(StringComparer.Ordinal))}";
        return false;
    }

    private static bool TryParse<T>(FrozenDictionary<string, T> terms, string? value, string what, IReadOnlyList<string> names, out T parsed, out string? reason)
        where T : struct, Enum
    {
        reason = null;
        parsed = default;
        var term = NormaliseTerm(value);
        if (term is null || terms.TryGetValue(term, out parsed))
        {
            return true;
        }

        reason = $"{what} '{value}' is not one of {string.Join(", ", names)}";
        return false;
    }

    private static FrozenDictionary<string, T> Terms<T>(params (T Value, string[] Spellings)[] table)
        where T : struct, Enum =>
        table.SelectMany(t => t.Spellings.Append(FieldCatalog.ToSnakeCase(t.Value.ToString()).Replace('_', '-')).Distinct().Select(s => (s, t.Value)))
            .ToFrozenDictionary(p => p.s, p => p.Value, StringComparer.Ordinal);

    private static string[] Names<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().Skip(1).Select(v => FieldCatalog.ToSnakeCase(v.ToString())).ToArray();
}
