namespace NetOrigin.Inventory;

/// <summary>One input record: accepted as an asset, or rejected with a reason. Never neither.</summary>
public readonly struct InventoryRecord
{
    private InventoryRecord(Asset? asset, Rejection? rejection)
    {
        Asset = asset;
        Rejection = rejection;
    }

    public Asset? Asset { get; }
    public Rejection? Rejection { get; }

    public static InventoryRecord Accept(Asset asset) => new(asset, null);

    public static InventoryRecord Reject(Rejection rejection) => new(null, rejection);
}
