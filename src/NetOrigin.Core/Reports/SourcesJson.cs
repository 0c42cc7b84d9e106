using System.Globalization;
using System.Text.Json;
using NetOrigin.ReferenceData;

namespace NetOrigin.Reports;

/// <summary>The "sources" object of a report: every cited source once, by id, in id order.</summary>
internal static class SourcesJson
{
    public static void Write(Utf8JsonWriter json, IEnumerable<Source> cited)
    {
        json.WriteStartObject("sources");
        foreach (var source in cited.DistinctBy(s => s.Id).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject(source.Id);
            json.WriteString("title", source.Title);
            if (source.Publisher is not null)
            {
                json.WriteString("publisher", source.Publisher);
            }

            if (source.Url is not null)
            {
                json.WriteString("url", source.Url);
            }

            if (source.Date is { } date)
            {
                json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (source.Unverified)
            {
                json.WriteBoolean("unverified", true);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
