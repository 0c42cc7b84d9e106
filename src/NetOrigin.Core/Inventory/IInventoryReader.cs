namespace NetOrigin.Inventory;

/// <summary>Streams the records of one inventory input.</summary>
public interface IInventoryReader : IDisposable
{
    /// <summary>Header columns or JSON keys seen so far that map to no inventory field.</summary>
    IReadOnlyList<string> UnusedColumns { get; }

    /// <summary>What the reader noticed about the input as a whole (two columns that give the same field), once each.</summary>
    IReadOnlyList<string> Warnings => [];

    IEnumerable<InventoryRecord> Read();
}
