using NetOrigin.Inventory;
using NetOrigin.ReferenceData;

namespace NetOrigin.Policies;

/// <summary>
/// Which assets a designation, exception or obligation reaches. Each dimension left empty is not limited.
/// Matching is three-valued: an asset missing a field the scope needs is neither in nor out.
/// </summary>
public sealed record AssetScope(
    IReadOnlySet<AssetKind> Kinds,
    IReadOnlySet<string> Categories,
    IReadOnlySet<string> Uses,
    IReadOnlySet<AssetRole> Roles,
    IReadOnlySet<ServiceType> ServiceTypes,
    IReadOnlySet<string> Technologies,
    bool? RoutesUserData)
{
    public bool IsEverything => Kinds.Count == 0 && Categories.Count == 0 && Uses.Count == 0 && Roles.Count == 0 && ServiceTypes.Count == 0 && Technologies.Count == 0 && RoutesUserData is null;

    public static readonly AssetScope Everything = new(
        new HashSet<AssetKind>(), new HashSet<string>(), new HashSet<string>(), new HashSet<AssetRole>(), new HashSet<ServiceType>(), new HashSet<string>(), null);

    internal static AssetScope Read(YamlNodeReader? node)
    {
        if (node is null)
        {
            return Everything;
        }

        var scope = new AssetScope(
            node.StringList("kinds").Select(node.Kind).ToHashSet(),
            node.StringList("categories").Select(node.Category).ToHashSet(StringComparer.Ordinal),
            node.StringList("uses").Select(node.Use).ToHashSet(StringComparer.Ordinal),
            node.StringList("roles").Select(node.Role).ToHashSet(),
            node.StringList("service_types").Select(node.ServiceType).ToHashSet(),
            node.StringList("technologies").Select(t => AssetVocabulary.NormaliseTerm(t) ?? throw node.Error($"technology '{t}' is empty")).ToHashSet(StringComparer.Ordinal),
            node.OptionalString("routes_or_sees_user_data") is null ? null : node.OptionalBool("routes_or_sees_user_data"));
        node.RejectUnknownKeys();
        return scope;
    }

    /// <summary>In, out, or undecidable for want of the named field.</summary>
    internal ScopeMatch Match(AssetView asset)
    {
        if (Kinds.Count > 0 && !Kinds.Contains(asset.Kind))
        {
            return ScopeMatch.Out($"kind {asset.Kind.ToString().ToLowerInvariant()} is outside {Describe(Kinds)}");
        }

        if (Categories.Count > 0 && !asset.Categories.Overlaps(Categories))
        {
            return ScopeMatch.Out($"category {string.Join("/", asset.Categories)} is outside {string.Join(", ", Categories)}");
        }

        if (Roles.Count > 0)
        {
            if (asset.Asset.Role == AssetRole.Unspecified)
            {
                return ScopeMatch.Missing("role", $"the rule applies only to roles {Describe(Roles)}");
            }

            if (!Roles.Contains(asset.Asset.Role))
            {
                return ScopeMatch.Out($"role {asset.Asset.Role.ToString().ToLowerInvariant()} is outside {Describe(Roles)}");
            }
        }

        if (ServiceTypes.Count > 0)
        {
            if (asset.Kind != AssetKind.Service)
            {
                return ScopeMatch.Out($"it is not a service, and the rule applies only to service types {Describe(ServiceTypes)}");
            }

            if (asset.Asset.ServiceType == ServiceType.Unspecified)
            {
                return ScopeMatch.Missing("service_type", $"the rule applies only to service types {Describe(ServiceTypes)}");
            }

            if (!ServiceTypes.Contains(asset.Asset.ServiceType))
            {
                return ScopeMatch.Out($"service type {asset.Asset.ServiceType.ToString().ToLowerInvariant()} is outside {Describe(ServiceTypes)}");
            }
        }

        if (Technologies.Count > 0)
        {
            if (asset.Asset.Technologies.Count == 0)
            {
                return ScopeMatch.Missing("technology", $"the rule applies only to {string.Join(", ", Technologies)} networks");
            }

            if (!asset.Asset.Technologies.Any(Technologies.Contains))
            {
                return ScopeMatch.Out($"technology {string.Join("/", asset.Asset.Technologies)} is outside {string.Join(", ", Technologies)}");
            }
        }

        if (RoutesUserData is { } routes)
        {
            if (asset.Asset.RoutesUserData is not { } actual)
            {
                return ScopeMatch.Missing("routes_user_data", routes ? "the rule applies only to equipment that can route or see user data" : "the rule applies only to equipment that cannot route or see user data");
            }

            if (actual != routes)
            {
                return ScopeMatch.Out(actual ? "the asset can route or see user data" : "the asset cannot route or see user data");
            }
        }

        if (Uses.Count > 0 && !(asset.Asset.Use is { } use && Uses.Contains(use)) && !asset.OperatorUses.Any(u => Uses.Contains(u.Use)))
        {
            // A use the operator's standing gives (a state-owned operator) reaches the asset whatever the row says;
            // without one, an empty use leaves the rule undecided rather than out.
            if (asset.Asset.Use is null)
            {
                return ScopeMatch.Missing("use", $"the rule applies only where the asset is used for {string.Join(", ", Uses)}{OperatorNote(asset)}");
            }

            return ScopeMatch.Out($"use {asset.Asset.Use} is outside {string.Join(", ", Uses)}");
        }

        return ScopeMatch.In(DescribeInside(asset));
    }

    /// <summary>What the asset is, along the dimensions this scope limits: "device; video-surveillance; used for government-facility".</summary>
    private string DescribeInside(AssetView asset)
    {
        var parts = new List<string>(4);
        if (Kinds.Count > 0)
        {
            parts.Add(FieldTerm(asset.Kind.ToString()));
        }

        if (Categories.Count > 0)
        {
            parts.Add(string.Join(", ", asset.Categories.Where(Categories.Contains)));
        }

        if (Roles.Count > 0)
        {
            parts.Add($"role {FieldTerm(asset.Asset.Role.ToString())}");
        }

        if (ServiceTypes.Count > 0)
        {
            parts.Add($"{FieldTerm(asset.Asset.ServiceType.ToString())} service");
        }

        if (Technologies.Count > 0)
        {
            parts.Add(string.Join(", ", asset.Asset.Technologies.Where(Technologies.Contains)));
        }

        if (RoutesUserData is { } routes)
        {
            parts.Add(routes ? "routes or sees user data" : "cannot route or see user data");
        }

        if (Uses.Count > 0)
        {
            parts.Add(asset.Asset.Use is { } use && Uses.Contains(use)
                ? $"used for {use}"
                : $"used for {asset.OperatorUses.First(u => Uses.Contains(u.Use)).Use} (by its operator {asset.Operator!.Operator!.Name})");
        }

        return parts.Count == 0 ? "everything" : string.Join("; ", parts);
    }

    /// <summary>What the operator tells about the uses the rule needs, when the row names one.</summary>
    private static string OperatorNote(AssetView asset) => asset.Operator switch
    {
        null => "",
        { Operator: null } op => $"; its operator '{op.NamedAs}' is not in the organisation data (add it with its owners in an --orgs file)",
        { Operator: { } op } => $"; its operator {op.Name} is not recorded as such",
    };

    public string Describe()
    {
        var parts = new List<string>();
        if (Kinds.Count > 0)
        {
            parts.Add($"kinds {Describe(Kinds)}");
        }

        if (Categories.Count > 0)
        {
            parts.Add($"categories {string.Join(", ", Categories)}");
        }

        if (Roles.Count > 0)
        {
            parts.Add($"roles {Describe(Roles)}");
        }

        if (ServiceTypes.Count > 0)
        {
            parts.Add($"service types {Describe(ServiceTypes)}");
        }

        if (Uses.Count > 0)
        {
            parts.Add($"uses {string.Join(", ", Uses)}");
        }

        if (Technologies.Count > 0)
        {
            parts.Add($"technologies {string.Join(", ", Technologies)}");
        }

        if (RoutesUserData is { } routes)
        {
            parts.Add(routes ? "equipment that can route or see user data" : "equipment that cannot route or see user data");
        }

        return parts.Count == 0 ? "everything" : string.Join("; ", parts);
    }

    private static string Describe<T>(IEnumerable<T> values)
        where T : struct, Enum => string.Join(", ", values.Select(v => FieldTerm(v.ToString())));

    private static string FieldTerm(string pascal) => FieldCatalog.ToSnakeCase(pascal);
}

/// <summary>The outcome of matching an asset against a scope.</summary>
internal readonly record struct ScopeMatch(bool? Inside, string Explanation, string? MissingField)
{
    public static ScopeMatch In(string explanation) => new(true, explanation, null);

    public static ScopeMatch Out(string explanation) => new(false, explanation, null);

    public static ScopeMatch Missing(string field, string explanation) => new(null, explanation, field);
}
