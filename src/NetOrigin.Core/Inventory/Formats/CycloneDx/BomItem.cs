namespace NetOrigin.Inventory.Formats.CycloneDx;

/// <summary>
/// One component or service of a CycloneDX BOM as read from JSON or XML, before it is mapped to an asset: the
/// fields NetOrigin uses, with where each was found (<see cref="Path"/>, and the line where the source has lines).
/// </summary>
internal sealed class BomItem(bool service, string path, long line, string? parentType)
{
    public bool IsService { get; } = service;

    /// <summary>Where in the BOM: "components[3].components[0]", "services[1]", "metadata.component".</summary>
    public string Path { get; } = path;
    public long Line { get; } = line;

    /// <summary>The type of the component this one is nested in, if any (a device's sub-devices are its modules).</summary>
    public string? ParentType { get; } = parentType;
    public string? Type { get; set; }
    public string? BomRef { get; set; }
    public string? Name { get; set; }
    public string? Version { get; set; }
    public string? Manufacturer { get; set; }
    public string? Author { get; set; }
    public string? Supplier { get; set; }
    public string? Provider { get; set; }
    public string? Cpe { get; set; }
    public string? Description { get; set; }
    public List<(string Name, string? Value)> Properties { get; } = [];
}
