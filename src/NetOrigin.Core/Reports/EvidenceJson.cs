using System.Globalization;
using System.Text.Json;
using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;

namespace NetOrigin.Reports;

/// <summary>
/// An evidence step as JSON (docs/assess-output.md, "Evidence steps"): the text fields people read (step, text,
/// source, sources) and the structured fields tools store (organisations, edges, designation, registry,
/// fingerprint, dates, ...), and back again. Absent facts are left out.
/// </summary>
public static class EvidenceJson
{
    private static readonly JsonEncodedText[] StepValues = [.. Enum.GetValues<EvidenceKind>().Select(k => JsonEncodedText.Encode(k.Name()))];

    public static void Write(Utf8JsonWriter json, EvidenceStep step)
    {
        json.WriteStartObject();
        json.WriteString(JsonNames.Step, StepValues[(int)step.Kind]);
        json.WriteString(JsonNames.Text, step.Text);
        if (step.Source is not null)
        {
            json.WriteString(JsonNames.Source, step.Source);
        }

        if (step.Sources is { Count: > 0 } sources)
        {
            json.WriteStartArray(JsonNames.Sources);
            foreach (var source in sources)
            {
                json.WriteStringValue(source.Id);
            }

            json.WriteEndArray();
        }

        WriteFacts(json, step.Facts);
        json.WriteEndObject();
    }

    private static void WriteFacts(Utf8JsonWriter json, EvidenceFacts facts)
    {
        Ids(json, JsonNames.Organisations, facts.Organisations);
        Ids(json, JsonNames.Edges, facts.Edges);
        Optional(json, JsonNames.Brand, facts.Brand);
        Optional(json, JsonNames.Designation, facts.Designation);
        Optional(json, JsonNames.Exception, facts.Exception);
        Optional(json, JsonNames.Obligation, facts.Obligation);
        Optional(json, JsonNames.ApprovedEntry, facts.ApprovedEntry);
        Optional(json, JsonNames.Waiver, facts.Waiver);
        Optional(json, JsonNames.Field, facts.Field is { } field ? FieldCatalog.NameOf(field) : null);
        Optional(json, JsonNames.Value, facts.Value);
        if (facts.Registry is { } registry)
        {
            json.WriteStartObject(JsonNames.Registry);
            json.WriteString(JsonNames.Id, registry.Registry);
            json.WriteString(JsonNames.Entry, registry.Entry);
            Optional(json, JsonNames.SnapshotDate, registry.SnapshotDate);
            json.WriteEndObject();
        }

        if (facts.Fingerprint is { } fingerprint)
        {
            json.WriteStartObject(JsonNames.Fingerprint);
            json.WriteString(JsonNames.Database, fingerprint.Database);
            json.WriteNumber(JsonNames.Line, fingerprint.Line);
            json.WriteString(JsonNames.Description, fingerprint.Description);
            Optional(json, JsonNames.Version, fingerprint.DatabaseVersion);
            json.WriteEndObject();
        }

        Optional(json, JsonNames.Date, facts.Date);
        Optional(json, JsonNames.Until, facts.Until);
        Optional(json, JsonNames.Status, facts.Status?.Name());
        if (facts.Confidence is { } confidence)
        {
            json.WriteNumber(JsonNames.Confidence, confidence);
        }

        if (facts.Taken is { } taken)
        {
            json.WriteBoolean(JsonNames.Taken, taken);
        }

        Optional(json, JsonNames.MissingField, facts.MissingField);
    }

    /// <summary>A step read back from its JSON; source ids are looked up in <paramref name="sources"/>.</summary>
    internal static EvidenceStep Read(JsonElement element, SourceCatalog sources)
    {
        var kindName = element.GetProperty("step").GetString()!;
        if (!EvidenceKindNames.TryParse(kindName, out var kind))
        {
            throw new JsonException($"'{kindName}' is not an evidence step");
        }

        var cited = element.TryGetProperty("sources", out var ids)
            ? ids.EnumerateArray().Select(id => sources.TryGet(id.GetString()!, out var s) ? s : throw new JsonException($"unknown source '{id.GetString()}'")).ToList()
            : null;
        var field = String(element, "field") is { } fieldName
            ? FieldCatalog.TryResolve(fieldName, out var f) ? f : throw new JsonException($"'{fieldName}' is not an inventory field")
            : (InventoryField?)null;
        var facts = new EvidenceFacts
        {
            Organisations = Strings(element, "organisations"),
            Edges = Strings(element, "edges"),
            Brand = String(element, "brand"),
            Designation = String(element, "designation"),
            Exception = String(element, "exception"),
            Obligation = String(element, "obligation"),
            ApprovedEntry = String(element, "approved_entry"),
            Waiver = String(element, "waiver"),
            Field = field,
            Value = String(element, "value"),
            Registry = element.TryGetProperty("registry", out var registry)
                ? new RegistryEntryReference(registry.GetProperty("id").GetString()!, registry.GetProperty("entry").GetString()!, Date(registry, "snapshot_date"))
                : null,
            Fingerprint = element.TryGetProperty("fingerprint", out var fingerprint)
                ? new FingerprintReference(fingerprint.GetProperty("database").GetString()!, fingerprint.GetProperty("line").GetInt32(), fingerprint.GetProperty("description").GetString()!, String(fingerprint, "version"))
                : null,
            Date = Date(element, "date"),
            Until = Date(element, "until"),
            Status = String(element, "status") is { } status ? FindingStatusNames.TryParse(status, out var s) ? s : throw new JsonException($"'{status}' is not a status") : null,
            Confidence = element.TryGetProperty("confidence", out var confidence) ? confidence.GetDouble() : null,
            Taken = element.TryGetProperty("taken", out var taken) ? taken.GetBoolean() : null,
            MissingField = String(element, "missing_field"),
        };
        return new EvidenceStep(kind, element.GetProperty("text").GetString()!, String(element, "source"), cited) { Facts = facts };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static IReadOnlyList<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.EnumerateArray().Select(v => v.GetString()!).ToArray() : [];

    private static DateOnly? Date(JsonElement element, string name) =>
        String(element, name) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static void Ids(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Optional(Utf8JsonWriter json, JsonEncodedText name, DateOnly? date)
    {
        if (date is { } day)
        {
            // Formatted on the stack: a chain's dates are written for every finding.
            Span<char> text = stackalloc char[10];
            day.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            json.WriteString(name, text[..written]);
        }
    }
}
