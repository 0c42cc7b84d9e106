using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Reports;

/// <summary>
/// Writes an assessed inventory as a CycloneDX 1.6 JSON BOM: each equipment or software asset a component, each
/// service a service of its provider, with the identified manufacturer, the declared supplier, and every pack's
/// verdict (status, deadline, designation, owner chain, evidence) as <c>netorigin:</c> properties. The asset's own
/// fields are properties too, so importing the BOM gives the inventory back. Streamed: services, which the format
/// puts after all components, wait in <c>servicesBuffer</c> (the host gives a temporary file, so they never wait in
/// memory; the writer disposes it). The host gives the timestamp and serial number too: the engine reads no clock.
/// </summary>
public sealed class CycloneDxFindingWriter : IFindingSink, IDisposable
{
    public const string Prefix = "netorigin:";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream _output;
    private readonly Utf8JsonWriter _json;
    private readonly Stream _servicesFile;
    private readonly Utf8JsonWriter _services;
    private readonly HashSet<string> _refs = new(StringComparer.Ordinal);
    private readonly List<Finding> _pending = [];
    private readonly DateTimeOffset _timestamp;
    private readonly Guid _serial;

    public CycloneDxFindingWriter(Stream output, Stream servicesBuffer, DateTimeOffset timestamp, Guid serial)
    {
        _output = output;
        _json = new Utf8JsonWriter(output, Options);
        _servicesFile = servicesBuffer;
        _services = new Utf8JsonWriter(_servicesFile, Options);
        _timestamp = timestamp;
        _serial = serial;
    }

    internal static string ToolVersion =>
        typeof(CycloneDxFindingWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public void Begin(AssessmentContext context)
    {
        _json.WriteStartObject();
        _json.WriteString("bomFormat", "CycloneDX");
        _json.WriteString("specVersion", "1.6");
        _json.WriteString("serialNumber", $"urn:uuid:{_serial:D}");
        _json.WriteNumber("version", 1);
        _json.WriteStartObject("metadata");
        _json.WriteString("timestamp", _timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        _json.WriteStartObject("tools");
        _json.WriteStartArray("components");
        _json.WriteStartObject();
        _json.WriteString("type", "application");
        _json.WriteString("name", "netorigin");
        _json.WriteString("version", ToolVersion);
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteStartArray("properties");
        Property(_json, "input", context.Input);
        Property(_json, "as_of", Date(context.AsOf));
        foreach (var pack in context.Packs)
        {
            Property(_json, "pack", $"{pack.Id} {pack.Version}");
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteStartArray("components");
        _services.WriteStartArray();
    }

    public void Write(Finding finding)
    {
        // An assessment writes every pack's finding on one asset together.
        if (_pending.Count > 0 && !ReferenceEquals(_pending[0].Asset, finding.Asset))
        {
            Flush();
        }

        _pending.Add(finding);
    }

    public void Reject(Rejection rejection)
    {
    }

    public void End(AssessmentSummary summary)
    {
        Flush();
        _json.WriteEndArray();
        _services.WriteEndArray();
        _services.Flush();
        _json.Flush();

        // The services array goes from its file straight to the output; the writer knows nothing of it, so the rest
        // of the document is written as raw JSON after it.
        if (_servicesFile.Length > 2)
        {
            _output.Write(",\"services\":"u8);
            _servicesFile.Position = 0;
            _servicesFile.CopyTo(_output);
        }

        using var tail = new MemoryStream();
        using (var json = new Utf8JsonWriter(tail, Options))
        {
            json.WriteStartArray();
            Property(json, "records:read", summary.Records.Read.ToString(CultureInfo.InvariantCulture));
            Property(json, "records:accepted", summary.Records.Accepted.ToString(CultureInfo.InvariantCulture));
            Property(json, "records:rejected", summary.Records.Rejected.ToString(CultureInfo.InvariantCulture));
            foreach (var status in Enum.GetValues<FindingStatus>().Reverse())
            {
                Property(json, $"findings:{status.Name()}", summary.Count(status).ToString(CultureInfo.InvariantCulture));
            }

            json.WriteEndArray();
        }

        _output.Write(",\"properties\":"u8);
        tail.Position = 0;
        tail.CopyTo(_output);
        _output.Write("}"u8);
        _output.Flush();
    }

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var asset = _pending[0].Asset;
        var attribution = _pending[0].Attribution;
        var service = asset.Kind == AssetKind.Service;
        var json = service ? _services : _json;
        json.WriteStartObject();
        if (!service)
        {
            json.WriteString("type", asset.Kind == AssetKind.Software ? "application" : "device");
        }

        json.WriteString("bom-ref", UniqueRef(asset.Id));
        var maker = attribution.OperatingSystemOnly ? null : attribution.Manufacturer;
        if (service)
        {
            if ((maker?.Name ?? asset.Provider) is { } provider)
            {
                json.WriteStartObject("provider");
                json.WriteString("name", provider);
                json.WriteEndObject();
            }
        }
        else
        {
            if (asset.Supplier is { } supplier)
            {
                json.WriteStartObject("supplier");
                json.WriteString("name", supplier);
                json.WriteEndObject();
            }

            if ((maker?.Name ?? asset.Manufacturer) is { } manufacturer)
            {
                json.WriteStartObject("manufacturer");
                json.WriteString("name", manufacturer);
                json.WriteEndObject();
            }
        }

        json.WriteString("name", asset.Name ?? asset.Model ?? asset.Provider ?? asset.Id);
        if (!service && asset.Firmware is { } firmware)
        {
            json.WriteString("version", firmware);
        }

        if (!service && asset.Identifiers.FirstOrDefault(i => i.Kind == IdentifierKind.Cpe) is { Value: { } cpe })
        {
            json.WriteString("cpe", cpe);
        }

        json.WriteStartArray("properties");
        foreach (var (field, value) in AssetValues.Of(asset))
        {
            Property(json, FieldCatalog.NameOf(field), value);
        }

        foreach (var (field, identifier) in AssetValues.Identifiers(asset))
        {
            Property(json, FieldCatalog.NameOf(field), identifier.Value);
        }

        Property(json, "source", asset.Source.ToString());
        if (maker is not null)
        {
            Property(json, "manufacturer:id", maker.Id);
            Property(json, "manufacturer:confidence", attribution.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
            if (maker.Country is { } country)
            {
                Property(json, "manufacturer:country", country);
            }
        }

        foreach (var finding in _pending)
        {
            var key = $"finding:{finding.PackId}";
            Property(json, $"{key}:status", finding.Status.Name());
            if (finding.Deadline is { } deadline)
            {
                Property(json, $"{key}:deadline", Date(deadline));
            }

            if (finding.DesignationId is { } designation)
            {
                Property(json, $"{key}:designation", designation);
            }

            if (finding.MissingField is { } missing)
            {
                Property(json, $"{key}:missing_field", missing);
            }

            if (finding.OwnerChain is { } chain)
            {
                Property(json, $"{key}:owner_chain", DesignationMatcher.ChainText(chain));
            }

            for (var i = 0; i < finding.Evidence.Count; i++)
            {
                var step = finding.Evidence[i];
                Property(json, $"{key}:evidence:{i + 1}", step.FirstCitation is { } cite ? $"{step.Step}: {step.Text} [{cite}]" : $"{step.Step}: {step.Text}");
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        if (json.BytesPending > 1 << 16)
        {
            json.Flush();
        }

        _pending.Clear();
    }

    /// <summary>The asset's id as its bom-ref, which a BOM needs unique: a repeated id gets a numbered suffix.</summary>
    private string UniqueRef(string id)
    {
        if (_refs.Add(id))
        {
            return id;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{id}#{n}";
            if (_refs.Add(candidate))
            {
                return candidate;
            }
        }
    }

    private static void Property(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartObject();
        json.WriteString("name", Prefix + name);
        json.WriteString("value", value);
        json.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _json.Dispose();
        _services.Dispose();
        _servicesFile.Dispose();
    }
}
