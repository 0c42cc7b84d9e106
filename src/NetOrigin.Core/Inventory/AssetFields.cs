using System.Globalization;

namespace NetOrigin.Inventory;

/// <summary>
/// The text values of one record by <see cref="InventoryField"/>, as a reader or importer found them, for
/// <see cref="AssetFactory"/>. Values are trimmed, and placeholders ("", "-", "n/a", "null", "none", "unknown")
/// mean absent. The first value given for a field is kept; a later different one is reported by <see cref="Set"/>.
/// </summary>
public sealed class AssetFields
{
    internal string?[] Values { get; } = new string?[FieldCatalog.FieldCount];

    public string? this[InventoryField field] => Values[(int)field];

    /// <summary>Sets a field unless it already holds a value; false when it held a different one (a conflict).</summary>
    public bool Set(InventoryField field, string? value)
    {
        var cleaned = value is null ? null : ColumnMap.Clean(value);
        ref var slot = ref Values[(int)field];
        if (slot is null)
        {
            slot = cleaned;
            return true;
        }

        return cleaned is null || string.Equals(slot, cleaned, StringComparison.Ordinal);
    }

    /// <summary>Sets the field a column or key name means (any spelling <see cref="FieldCatalog"/> knows); false if it means none.</summary>
    public bool TrySet(string name, string? value)
    {
        if (!FieldCatalog.TryResolve(name, out var field))
        {
            return false;
        }

        Set(field, value);
        return true;
    }

    /// <summary>
    /// The field values that make <paramref name="asset"/> again through <see cref="AssetFactory"/>: what a store
    /// keeps of an asset so it can be assessed later without re-reading its inventory.
    /// </summary>
    public static AssetFields From(Asset asset)
    {
        var fields = new AssetFields();
        var values = fields.Values;
        values[(int)InventoryField.Id] = asset.Id;
        values[(int)InventoryField.Name] = asset.Name;
        values[(int)InventoryField.Kind] = NullIfEmpty(AssetVocabulary.NameOf(asset.Kind));
        values[(int)InventoryField.Role] = NullIfEmpty(AssetVocabulary.NameOf(asset.Role));
        values[(int)InventoryField.Use] = asset.Use;
        values[(int)InventoryField.Site] = asset.Site;
        values[(int)InventoryField.Country] = asset.Country;
        values[(int)InventoryField.OwnerOrg] = asset.OwnerOrg;
        values[(int)InventoryField.Manufacturer] = asset.Manufacturer;
        values[(int)InventoryField.Model] = asset.Model;
        values[(int)InventoryField.PartNumber] = asset.PartNumber;
        values[(int)InventoryField.Serial] = asset.Serial;
        values[(int)InventoryField.Firmware] = asset.Firmware;
        values[(int)InventoryField.Mac] = asset.Macs.Count == 0 ? null : string.Join(';', asset.Macs);
        values[(int)InventoryField.Provider] = asset.Provider;
        values[(int)InventoryField.ServiceType] = NullIfEmpty(AssetVocabulary.NameOf(asset.ServiceType));
        values[(int)InventoryField.Asn] = asset.Asn?.ToString(CultureInfo.InvariantCulture);
        values[(int)InventoryField.Acquired] = asset.Acquired?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        values[(int)InventoryField.Installed] = asset.Installed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        values[(int)InventoryField.Technology] = asset.Technologies.Count == 0 ? null : string.Join(';', asset.Technologies);
        values[(int)InventoryField.RoutesUserData] = asset.RoutesUserData switch { true => "yes", false => "no", null => null };
        values[(int)InventoryField.OriginCountry] = asset.OriginCountry;
        foreach (var identifier in asset.Identifiers)
        {
            values[(int)FieldCatalog.FieldOf(identifier.Kind)] ??= identifier.Value;
        }

        return fields;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
