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
        // Three stages on two cores, as assess runs: parsing, identification (with the row it makes), then counting
        // and writing here, in input order.
        var summary = new IdentificationSummary();
        var records = Pipeline.Ahead(reader.Read(), "reader");
        foreach (var (record, row, identified) in Pipeline.Ahead(Identify(records, asOf), "identifier"))
        {
            summary.Records.Count(record);
            if (row is null)
            {
                reject(record.Rejection!);
                continue;
            }

            if (identified)
            {
                summary.Identified++;
            }

            writer.Write(row);
        }

        writer.Flush();
        return summary;
    }

    private IEnumerable<(InventoryRecord Record, IdentificationRow? Row, bool Identified)> Identify(IEnumerable<InventoryRecord> records, DateOnly asOf)
    {
        foreach (var record in records)
        {
            if (record.Asset is not { } asset)
            {
                yield return (record, null, false);
                continue;
            }

            var identification = identifier.Identify(asset, asOf);
            var row = IdentificationRow.From(
                asset.Id,
                identification.Manufacturer,
                identification.Confidence,
                identification.Product,
                identification.DeviceType,
                identification.Claims,
                identification.Disagreement,
                asset.InputNotes.Count == 0 ? identification.Notes : [.. asset.InputNotes, .. identification.Notes],
                identification.OperatingSystem,
                identification.OperatingSystemOnly);
            yield return (record, row, identification.Manufacturer is not null && !identification.OperatingSystemOnly);
        }
    }
}

/// <summary>What an identify run read, and for how many assets it named a maker.</summary>
public sealed class IdentificationSummary
{
    public RecordCounts Records { get; } = new();
    public long Identified { get; internal set; }
}
