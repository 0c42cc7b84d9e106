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
    internal bool TrySet(string name, string? value)
    {
        if (!FieldCatalog.TryResolve(name, out var field))
        {
            return false;
        }

        Set(field, value);
        return true;
    }
}
