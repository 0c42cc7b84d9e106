using System.Globalization;
using System.Text.Json;
using NetOrigin.ReferenceData;

namespace NetOrigin.Reports;

/// <summary>The data a report's answers come from (docs/assess-output.md, "Reference data"): the same in every report.</summary>
internal static class ReferenceDataJson
{
    public static void Write(Utf8JsonWriter json, ReferenceDataVersions versions)
    {
        json.WriteString("tool_version", versions.ToolVersion);
        json.WriteStartObject("reference_data");
        json.WriteString("digest", versions.Digest);
        json.WriteStartArray("registries");
        foreach (var registry in versions.Registries)
        {
            json.WriteStartObject();
            json.WriteString("id", registry.Id);
            json.WriteString("title", registry.Title);
            if (registry.Date is { } date)
            {
                json.WriteString("snapshot_date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            json.WriteNumber("entries", registry.Entries);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("fingerprints");
        foreach (var database in versions.Fingerprints)
        {
            json.WriteStartObject();
            json.WriteString("database", database.DisplayPath);
            if (database.Version is not null)
            {
                json.WriteString("version", database.Version);
            }

            json.WriteNumber("fingerprints", database.Fingerprints.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("organisation_data", versions.OrganisationData);
        json.WriteEndObject();
    }
}
