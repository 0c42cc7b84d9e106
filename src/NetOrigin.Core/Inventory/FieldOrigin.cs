namespace NetOrigin.Inventory;

/// <summary>Where one field's value was read within its record's source: "device_type.manufacturer", "1.3.6.1.2.1.1.5.0".</summary>
public readonly record struct FieldOrigin(InventoryField Field, string Origin);
