namespace NetOrigin.Inventory;

/// <summary>An input that cannot be read at all (as opposed to single records that are rejected).</summary>
public sealed class InventoryFormatException(string message) : Exception(MessageText.Clip(message));
