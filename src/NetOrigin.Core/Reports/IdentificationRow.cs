using System.Globalization;
using NetOrigin.Entities;
using NetOrigin.Identification;

namespace NetOrigin.Reports;

/// <summary>
/// One line of `netorigin identify` output: the asset id, the maker under its common name (empty when unknown),
/// product, device type, confidence, the evidence — every claim and note, joined by " | " — then the maker of the
/// operating system and the maker's legal name. A host known only by its operating system has an empty maker and
/// the OS maker in <see cref="OsVendor"/>.
/// </summary>
public sealed record IdentificationRow(string Id, string Manufacturer, string Product, string DeviceType, double Confidence, string Evidence, string OsVendor = "", string LegalName = "")
{
    public static readonly string[] Columns = ["id", "manufacturer", "product", "device_type", "confidence", "evidence", "os_vendor", "legal_name"];

    public string ConfidenceText => Confidence.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// The row for one asset from the parts of its identification (taken one by one so the row does not depend on
    /// the identification record's type): an unknown maker leaves product and confidence empty.
    /// </summary>
    internal static IdentificationRow From(
        string id,
        Organisation? manufacturer,
        double confidence,
        string? product,
        string? deviceType,
        IReadOnlyList<ManufacturerClaim> claims,
        string? disagreement,
        IReadOnlyList<string> notes,
        Organisation? operatingSystem = null,
        bool operatingSystemOnly = false)
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
        var maker = operatingSystemOnly ? null : manufacturer;
        var os = operatingSystem ?? (operatingSystemOnly ? manufacturer : null);
        var known = maker is not null;
        return new IdentificationRow(
            id,
            maker?.DisplayName ?? "",
            known ? product ?? "" : "",
            known || operatingSystemOnly ? deviceType ?? "" : "",
            known ? confidence : 0,
            string.Join(" | ", evidence),
            os?.DisplayName ?? "",
            maker?.Name ?? "");
    }
}
