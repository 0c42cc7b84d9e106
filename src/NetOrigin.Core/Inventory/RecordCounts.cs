namespace NetOrigin.Inventory;

/// <summary>What happened to the input records. <see cref="Read"/> is always accepted plus rejected.</summary>
public sealed class RecordCounts
{
    public long Accepted { get; private set; }
    public long Rejected { get; private set; }
    public long Read => Accepted + Rejected;

    public void Count(in InventoryRecord record)
    {
        if (record.Asset is not null)
        {
            Accepted++;
        }
        else
        {
            Rejected++;
        }
    }
}
