namespace NetOrigin.Inventory;

public enum InventoryFormat
{
    Csv,
    Tsv,
    JsonLines,
    NmapXml,
    CycloneDxJson,
    CycloneDxXml,
}
