using NetOrigin.Fuzzing.Targets;
using NetOrigin.Inventory;

namespace NetOrigin.Fuzzing;

/// <summary>Every parser the harness covers. A new parser (an importer, say) adds its target here.</summary>
public static class FuzzTargets
{
    /// <summary>The name every target gives its input (file name or stream name), so errors can be checked to name it.</summary>
    public const string InputName = "fuzz-input";

    /// <summary>The connectors' parsers: replies of network peers rather than files (tested with the connectors).</summary>
    public static IReadOnlyList<IFuzzTarget> Connectors { get; } = [new SnmpReplyTarget(), new NetBoxPagesTarget()];

    public static IReadOnlyList<IFuzzTarget> All { get; } =
    [
        new InventoryTarget("inventory-csv", "csv", InventoryFormat.Csv),
        new InventoryTarget("inventory-tsv", "tsv", InventoryFormat.Tsv),
        new InventoryTarget("inventory-jsonl", "jsonl", InventoryFormat.JsonLines),
        new InventoryTarget("inventory-sniffed", "txt", null),
        new InventoryTarget("inventory-nmap", "xml", InventoryFormat.NmapXml, "nmap"),
        new InventoryTarget("inventory-cyclonedx-json", "cdx.json", InventoryFormat.CycloneDxJson, "cyclonedx"),
        new InventoryTarget("inventory-cyclonedx-xml", "cdx.xml", InventoryFormat.CycloneDxXml, "cyclonedx"),
        new YamlDataTarget(YamlDataKind.Organisations),
        new YamlDataTarget(YamlDataKind.PolicyPack),
        new YamlDataTarget(YamlDataKind.Waivers),
        new YamlDataTarget(YamlDataKind.ApprovedList),
        new YamlDataTarget(YamlDataKind.Sources),
        new FingerprintTarget(),
        new RegistryListingTarget(RegistryListingKind.IeeeCsv),
        new RegistryListingTarget(RegistryListingKind.IanaText),
        new RegistryListingTarget(RegistryListingKind.WiresharkTsv),
        new RegistryListingTarget(RegistryListingKind.OuiDataJson),
        .. Connectors,
    ];

    public static IFuzzTarget Named(string name) =>
        All.FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException($"no fuzz target '{name}'; targets: {string.Join(", ", All.Select(t => t.Name))}");
}
