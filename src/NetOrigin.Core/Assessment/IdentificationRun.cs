using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Reports;

namespace NetOrigin.Assessment;

/// <summary>
/// The identify job: stream inventory records through identification into a writer, one row per accepted record;
/// each rejected record goes to <c>reject</c>. Every record is counted.
/// </summary>
public sealed class IdentificationRun(ManufacturerIdentifier identifier)
{
    public IdentificationSummary Run(IInventoryReader reader, DateOnly asOf, IIdentificationWriter writer, Action<Rejection> reject)
    {
        // Three stages on two cores, as assess runs: parsing, identification, then the row, counting and writing
        // here, in input order (the row's text is built beside its writing, which keeps the two busy stages even).
        var summary = new IdentificationSummary();
        var records = Pipeline.Ahead(reader.Read(), "reader");
        foreach (var (record, identification) in Pipeline.Ahead(Identify(records, asOf), "identifier"))
        {
            summary.Records.Count(record);
            if (record.Asset is not { } asset || identification is null)
            {
                reject(record.Rejection!);
                continue;
            }

            if (identification.Manufacturer is not null && !identification.OperatingSystemOnly)
            {
                summary.Identified++;
            }

            writer.Write(IdentificationRow.From(
                asset.Id,
                identification.Manufacturer,
                identification.Confidence,
                identification.Product,
                identification.DeviceType,
                identification.Claims,
                identification.Disagreement,
                asset.InputNotes.Count == 0 ? identification.Notes : [.. asset.InputNotes, .. identification.Notes],
                identification.OperatingSystem,
                identification.OperatingSystemOnly));
        }

        writer.Flush();
        return summary;
    }

    private IEnumerable<(InventoryRecord Record, Attribution? Identification)> Identify(IEnumerable<InventoryRecord> records, DateOnly asOf)
    {
        foreach (var record in records)
        {
            yield return (record, record.Asset is { } asset ? identifier.Identify(asset, asOf) : null);
        }
    }
}

/// <summary>What an identify run read, and for how many assets it named a maker.</summary>
public sealed class IdentificationSummary
{
    public RecordCounts Records { get; } = new();
    public long Identified { get; internal set; }
}
