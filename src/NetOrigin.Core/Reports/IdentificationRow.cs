using System.Globalization;
using NetOrigin.Entities;
using NetOrigin.Identification;

namespace NetOrigin.Reports;

/// <summary>
/// One line of `netorigin identify` output: the asset id, the maker (canonical organisation name, empty when
/// unknown), product, device type, confidence and the evidence — every claim and note, joined by " | ".
/// </summary>
public sealed record IdentificationRow(string Id, string Manufacturer, string Product, string DeviceType, double Confidence, string Evidence)
{
    public static readonly string[] Columns = ["id", "manufacturer", "product", "device_type", "confidence", "evidence"];

    public string ConfidenceText => Confidence.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// The row for one asset from the parts of its identification (taken one by one so the row does not depend on
    /// the identification record's type): an unknown maker leaves product, device type and confidence empty.
    /// </summary>
    public static IdentificationRow From(
        string id,
        Organisation? manufacturer,
        double confidence,
        string? product,
        string? deviceType,
        IReadOnlyList<ManufacturerClaim> claims,
        string? disagreement,
        IReadOnlyList<string> notes)
    {
        var evidence = new List<string>(claims.Count + notes.Count + 1);
        foreach (var claim in claims)
        {
            evidence.Add(claim.Citation is null ? claim.Evidence : $"{claim.Evidence} [{claim.Citation}]");
        }

        if (disagreement is not null)
        {
            evidence.Add(disagreement);
        }

        evidence.AddRange(notes);
        var known = manufacturer is not null;
        return new IdentificationRow(
            id,
            manufacturer?.Name ?? "",
            known ? product ?? "" : "",
            known ? deviceType ?? "" : "",
            known ? confidence : 0,
            string.Join(" | ", evidence));
    }
}
