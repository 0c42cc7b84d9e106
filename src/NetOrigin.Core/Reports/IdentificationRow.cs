using System.Globalization;
using NetOrigin.Inventory;

namespace NetOrigin.Reports;

/// <summary>
/// One line of `netorigin identify` output: the asset id, the maker (canonical organisation name, empty when
/// unknown), product, device type, confidence and the evidence — every claim and note, joined by " | ".
/// </summary>
public sealed record IdentificationRow(string Id, string Manufacturer, string Product, string DeviceType, double Confidence, string Evidence)
{
    public static readonly string[] Columns = ["id", "manufacturer", "product", "device_type", "confidence", "evidence"];

    public string ConfidenceText => Confidence.ToString("0.###", CultureInfo.InvariantCulture);

    public static IdentificationRow From(Asset asset, Identification.Identification identification)
    {
        var evidence = new List<string>(identification.Claims.Count + identification.Notes.Count + 1);
        foreach (var claim in identification.Claims)
        {
            evidence.Add(claim.Citation is null ? claim.Evidence : $"{claim.Evidence} [{claim.Citation}]");
        }

        if (identification.Disagreement is { } disagreement)
        {
            evidence.Add(disagreement);
        }

        evidence.AddRange(identification.Notes);
        var known = identification.Manufacturer is not null;
        return new IdentificationRow(
            asset.Id,
            identification.Manufacturer?.Name ?? "",
            known ? identification.Product ?? "" : "",
            known ? identification.DeviceType ?? "" : "",
            known ? identification.Confidence : 0,
            string.Join(" | ", evidence));
    }
}
