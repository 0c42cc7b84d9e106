namespace NetOrigin.Inventory;

internal static class AcceptedAssets
{
    /// <summary>
    /// The accepted assets of an inventory, counting every record in <paramref name="counts"/> and handing each
    /// rejected one to <paramref name="reject"/>, so a job that wants only assets still loses no record.
    /// </summary>
    public static IEnumerable<Asset> Assets(this IInventoryReader reader, RecordCounts counts, Action<Rejection> reject)
    {
        foreach (var record in reader.Read())
        {
            counts.Count(record);
            if (record.Asset is { } asset)
            {
                yield return asset;
            }
            else
            {
                reject(record.Rejection!);
            }
        }
    }
}
