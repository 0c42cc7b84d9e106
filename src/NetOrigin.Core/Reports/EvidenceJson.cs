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
    // Property names encoded once: every finding's chain writes them.
    private static readonly JsonEncodedText ApprovedEntryName = JsonEncodedText.Encode("approved_entry");
    private static readonly JsonEncodedText BrandName = JsonEncodedText.Encode("brand");
    private static readonly JsonEncodedText ConfidenceName = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText DatabaseName = JsonEncodedText.Encode("database");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText DescriptionName = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText DesignationName = JsonEncodedText.Encode("designation");
    private static readonly JsonEncodedText EdgesName = JsonEncodedText.Encode("edges");
    private static readonly JsonEncodedText EntryName = JsonEncodedText.Encode("entry");
    private static readonly JsonEncodedText ExceptionName = JsonEncodedText.Encode("exception");
    private static readonly JsonEncodedText FieldName = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText FingerprintName = JsonEncodedText.Encode("fingerprint");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText MissingFieldName = JsonEncodedText.Encode("missing_field");
    private static readonly JsonEncodedText ObligationName = JsonEncodedText.Encode("obligation");
    private static readonly JsonEncodedText OrganisationsName = JsonEncodedText.Encode("organisations");
    private static readonly JsonEncodedText RegistryName = JsonEncodedText.Encode("registry");
    private static readonly JsonEncodedText SnapshotDateName = JsonEncodedText.Encode("snapshot_date");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText SourcesName = JsonEncodedText.Encode("sources");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText StepName = JsonEncodedText.Encode("step");
    private static readonly JsonEncodedText TakenName = JsonEncodedText.Encode("taken");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText UntilName = JsonEncodedText.Encode("until");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText VersionName = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText WaiverName = JsonEncodedText.Encode("waiver");
    private static readonly JsonEncodedText[] StepValues = [.. Enum.GetValues<EvidenceKind>().Select(k => JsonEncodedText.Encode(k.Name()))];

    public static void Write(Utf8JsonWriter json, EvidenceStep step)
    {
        json.WriteStartObject();
        json.WriteString(StepName, StepValues[(int)step.Kind]);
        json.WriteString(TextName, step.Text);
        if (step.Source is not null)
        {
            json.WriteString(SourceName, step.Source);
        }

        if (step.Sources is { Count: > 0 } sources)
        {
            json.WriteStartArray(SourcesName);
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
        Ids(json, OrganisationsName, facts.Organisations);
        Ids(json, EdgesName, facts.Edges);
        Optional(json, BrandName, facts.Brand);
        Optional(json, DesignationName, facts.Designation);
        Optional(json, ExceptionName, facts.Exception);
        Optional(json, ObligationName, facts.Obligation);
        Optional(json, ApprovedEntryName, facts.ApprovedEntry);
        Optional(json, WaiverName, facts.Waiver);
        Optional(json, FieldName, facts.Field is { } field ? FieldCatalog.NameOf(field) : null);
        Optional(json, ValueName, facts.Value);
        if (facts.Registry is { } registry)
        {
            json.WriteStartObject(RegistryName);
            json.WriteString(IdName, registry.Registry);
            json.WriteString(EntryName, registry.Entry);
            Optional(json, SnapshotDateName, registry.SnapshotDate);
            json.WriteEndObject();
        }

        if (facts.Fingerprint is { } fingerprint)
        {
            json.WriteStartObject(FingerprintName);
            json.WriteString(DatabaseName, fingerprint.Database);
            json.WriteNumber(LineName, fingerprint.Line);
            json.WriteString(DescriptionName, fingerprint.Description);
            Optional(json, VersionName, fingerprint.DatabaseVersion);
            json.WriteEndObject();
        }

        Optional(json, DateName, facts.Date);
        Optional(json, UntilName, facts.Until);
        Optional(json, StatusName, facts.Status?.Name());
        if (facts.Confidence is { } confidence)
        {
            json.WriteNumber(ConfidenceName, confidence);
        }

        if (facts.Taken is { } taken)
        {
            json.WriteBoolean(TakenName, taken);
        }

        Optional(json, MissingFieldName, facts.MissingField);
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
