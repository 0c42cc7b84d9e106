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
        var summary = new IdentificationSummary();
        foreach (var asset in reader.Assets(summary.Records, reject))
        {
            var identification = identifier.Identify(asset, asOf);
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
}

/// <summary>What an identify run read, and for how many assets it named a maker.</summary>
public sealed class IdentificationSummary
{
    public RecordCounts Records { get; } = new();
    public long Identified { get; internal set; }
}
