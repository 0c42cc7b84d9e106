namespace NetOrigin.Inventory.Formats.CycloneDx;

/// <summary>
/// How a CycloneDX component or service becomes an asset (docs/connectors.md): devices are devices (or modules
/// when nested in a device), firmware, operating systems and other software are software, services are services of
/// their provider. The maker is <c>manufacturer</c> (or the deprecated <c>author</c>); <c>supplier</c> is kept as the
/// supplier, never taken for the maker. Properties named like inventory fields (optionally prefixed
/// <c>netorigin:</c>, as NetOrigin's own export writes them) fill those fields. Every value records its BOM path.
/// </summary>
internal static class BomItemMapping
{
    public const string PropertyPrefix = "netorigin:";

    private static readonly HashSet<string> SoftwareTypes = new(StringComparer.Ordinal)
    {
        "firmware", "operating-system", "device-driver", "application", "framework", "library", "container", "platform",
    };

    public static InventoryRecord ToRecord(BomItem item, string file)
    {
        var id = item.BomRef ?? item.Path;
        var location = new SourceLocation(file, item.Line) { Locator = item.BomRef is null ? item.Path : $"bom-ref {item.BomRef}" };
        var excerpt = $"{item.Path} {item.Type} {item.Name}".TrimEnd();
        var values = new FieldValues();
        values.Set(InventoryField.Id, id, item.BomRef is null ? $"{item.Path} (no bom-ref)" : $"{item.Path}.bom-ref");

        // Properties named as inventory fields say exactly what they mean, so they come before what is inferred
        // from the component's standard fields (a device's name is usually its model, but not always).
        foreach (var (name, value) in item.Properties)
        {
            var key = name.StartsWith(PropertyPrefix, StringComparison.OrdinalIgnoreCase) ? name[PropertyPrefix.Length..] : name;
            if (FieldCatalog.TryResolve(key, out var field) && field != InventoryField.Id)
            {
                values.Set(field, value, $"{item.Path}.properties[{name}]");
            }
        }
        if (item.IsService)
        {
            values.Set(InventoryField.Kind, "service");
            values.Set(InventoryField.Name, item.Name, $"{item.Path}.name");
            values.Set(InventoryField.Provider, item.Provider, $"{item.Path}.provider.name");
        }
        else
        {
            string kind;
            if (item.Type == "device")
            {
                kind = item.ParentType == "device" ? "module" : "device";
            }
            else if (item.Type is { } type && SoftwareTypes.Contains(type))
            {
                kind = "software";
            }
            else
            {
                var reason = item.Type is null
                    ? "the component has no type"
                    : $"component type '{item.Type}' is neither equipment (device) nor software (firmware, operating-system, application, ...)";
                return InventoryRecord.Reject(new Rejection(location, reason, excerpt));
            }

            values.Set(InventoryField.Kind, kind, $"{item.Path}.type");
            values.Set(InventoryField.Name, item.Name, $"{item.Path}.name");

            // A BOM NetOrigin wrote states every field as a property (netorigin:id marks it); only other BOMs need
            // the name read as the model and the version as the firmware.
            var own = item.Properties.Exists(p => p.Name.Equals(PropertyPrefix + "id", StringComparison.OrdinalIgnoreCase));
            if (!own)
            {
                values.Set(InventoryField.Model, item.Name, $"{item.Path}.name");
            }

            if (kind == "software" && !own)
            {
                values.Set(InventoryField.Firmware, item.Version, $"{item.Path}.version");
            }

            values.Set(InventoryField.Manufacturer, item.Manufacturer, $"{item.Path}.manufacturer.name");
            values.Set(InventoryField.Manufacturer, item.Author, $"{item.Path}.author");
            values.Set(InventoryField.Supplier, item.Supplier, $"{item.Path}.supplier.name");
            values.Set(InventoryField.Cpe, item.Cpe, $"{item.Path}.cpe");
        }

        return values.Build(location, excerpt);
    }
}
