using System.Globalization;

namespace NetOrigin.Inventory;

/// <summary>
/// An asset's values as inventory fields (format v1 names and spellings), the inverse of <see cref="AssetFactory"/>:
/// what writers of inventories and BOMs emit, so that reading their output gives the same asset back.
/// </summary>
public static class AssetValues
{
    public static IEnumerable<(InventoryField Field, string Value)> Of(Asset asset)
    {
        yield return (InventoryField.Id, asset.Id);
        if (asset.Name is { } name)
        {
            yield return (InventoryField.Name, name);
        }

        if (asset.Kind != AssetKind.Unspecified)
        {
            yield return (InventoryField.Kind, Term(asset.Kind.ToString()));
        }

        if (asset.Role != AssetRole.Unspecified)
        {
            yield return (InventoryField.Role, Term(asset.Role.ToString()));
        }

        foreach (var pair in Optional(
            (InventoryField.Use, asset.Use),
            (InventoryField.Site, asset.Site),
            (InventoryField.Country, asset.Country),
            (InventoryField.OwnerOrg, asset.OwnerOrg),
            (InventoryField.Manufacturer, asset.Manufacturer),
            (InventoryField.Supplier, asset.Supplier),
            (InventoryField.Model, asset.Model),
            (InventoryField.PartNumber, asset.PartNumber),
            (InventoryField.Serial, asset.Serial),
            (InventoryField.Firmware, asset.Firmware),
            (InventoryField.Provider, asset.Provider)))
        {
            yield return pair;
        }

        if (asset.Macs.Count > 0)
        {
            yield return (InventoryField.Mac, string.Join(';', asset.Macs));
        }

        if (asset.ServiceType != ServiceType.Unspecified)
        {
            yield return (InventoryField.ServiceType, Term(asset.ServiceType.ToString()));
        }

        if (asset.Asn is { } asn)
        {
            yield return (InventoryField.Asn, asn.ToString(CultureInfo.InvariantCulture));
        }

        if (asset.Acquired is { } acquired)
        {
            yield return (InventoryField.Acquired, acquired.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (asset.Installed is { } installed)
        {
            yield return (InventoryField.Installed, installed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (asset.Technologies.Count > 0)
        {
            yield return (InventoryField.Technology, string.Join(';', asset.Technologies));
        }

        if (asset.RoutesUserData is { } routes)
        {
            yield return (InventoryField.RoutesUserData, routes ? "yes" : "no");
        }

        if (asset.OriginCountry is { } origin)
        {
            yield return (InventoryField.OriginCountry, origin);
        }
    }

    /// <summary>The asset's identifiers by the field that carries each; several of one kind are several pairs.</summary>
    public static IEnumerable<(InventoryField Field, Identifier Identifier)> Identifiers(Asset asset)
    {
        foreach (var identifier in asset.Identifiers)
        {
            if (FieldOf(identifier.Kind) is { } field)
            {
                yield return (field, identifier);
            }
        }
    }

    private static InventoryField? FieldOf(IdentifierKind kind) =>
        Enum.TryParse<InventoryField>(kind.ToString(), out var field) && FieldCatalog.IdentifierKindOf(field) == kind ? field : null;

    private static IEnumerable<(InventoryField, string)> Optional(params (InventoryField Field, string? Value)[] pairs)
    {
        foreach (var (field, value) in pairs)
        {
            if (value is not null)
            {
                yield return (field, value);
            }
        }
    }

    private static string Term(string pascal) => FieldCatalog.ToSnakeCase(pascal).Replace('_', '-');
}
