using NetOrigin.Inventory;

namespace NetOrigin.Policies.Approval;

/// <summary>
/// One line of an approved-manufacturers list: a maker (organisation id) or a product pattern, approved for some
/// roles or categories (none = all), under conditions, until it expires.
/// </summary>
public sealed record ApprovedEntry(
    string Id,
    string? Manufacturer,
    string? Product,
    IReadOnlySet<AssetRole> Roles,
    IReadOnlySet<string> Categories,
    string? Conditions,
    DateOnly? Expires,
    string Approver,
    string Where)
{
    private readonly WildcardPattern? _product = Product is null ? null : new WildcardPattern(Product);

    /// <summary>Whether the entry names this asset's maker or product and reaches its role and category.</summary>
    internal bool Names(AssetView view, string? makerId, string? product)
    {
        var named = (Manufacturer is null || Manufacturer == makerId)
            && (_product is null || (product is not null && _product.IsMatch(product)) || (view.Asset.Model is { } model && _product.IsMatch(model)));
        return named
            && (Roles.Count == 0 || Roles.Contains(view.Asset.Role))
            && (Categories.Count == 0 || view.Categories.Overlaps(Categories));
    }

    internal bool IsCurrentOn(DateOnly asOf) => Expires is not { } end || asOf < end;

    internal string Describe() =>
        $"'{Id}' ({(Manufacturer is null ? "" : $"manufacturer {Manufacturer}")}{(Manufacturer is not null && Product is not null ? ", " : "")}{(Product is null ? "" : $"product {Product}")}" +
        $"{(Roles.Count == 0 ? "" : $", roles {string.Join(", ", Roles.Select(r => r.ToString().ToLowerInvariant()))}")}" +
        $"{(Categories.Count == 0 ? "" : $", categories {string.Join(", ", Categories)}")}, approved by {Approver}" +
        $"{(Expires is { } e ? $", expires {e:yyyy-MM-dd}" : "")}{(Conditions is null ? "" : $"; conditions: {Conditions}")})";
}
