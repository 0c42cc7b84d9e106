namespace NetOrigin.Inventory;

public enum InventoryFormat
{
    Csv,
    Tsv,
    JsonLines,
}
