using System.Buffers;
using System.Text.Json;
using NetOrigin.Storage.Assessment;

namespace NetOrigin.Server.Web;

/// <summary>
/// A finding as the API serves it (the JSON of assess --format json, written by <see cref="Findings.WriteJson"/>),
/// read back for a page: pages show exactly what the API and the CLI say, from one writer.
/// </summary>
public sealed class FindingDocument
{
    private FindingDocument(long runId, JsonElement root)
    {
        RunId = runId;
        Root = root;
    }

    public long RunId { get; }
    public JsonElement Root { get; }
    public long Id => Root.GetProperty("id").GetInt64();
    public JsonElement Asset => Root.GetProperty("asset");
    public string AssetId => Asset.GetProperty("id").GetString()!;
    public string? AssetName => Asset.TryGetProperty("name", out var n) ? n.GetString() : null;
    public string? Site => Asset.TryGetProperty("site", out var s) ? s.GetString() : null;
    public string Pack => Root.GetProperty("pack").GetString()!;
    public string Status => Root.GetProperty("status").GetString()!;
    public string? Deadline => Root.GetProperty("deadline").GetString();
    public JsonElement? Manufacturer => Root.TryGetProperty("manufacturer", out var m) && m.ValueKind == JsonValueKind.Object ? m : null;
    public string? MakerName => Manufacturer?.GetProperty("name").GetString();
    public IEnumerable<JsonElement> OwnerChain => Root.GetProperty("owner_chain").EnumerateArray();
    public IEnumerable<JsonElement> Evidence => Root.GetProperty("evidence").EnumerateArray();
    public string? Designation => Root.TryGetProperty("designation", out var d) ? d.GetString() : null;
    public string Link => $"/findings/{RunId}/{Id}";

    public static FindingDocument Of(Findings findings, RunRecord run, string fileName, StoredFinding finding)
    {
        return new FindingDocument(run.Id, Written(json => findings.WriteJson(json, run, fileName, finding)));
    }

    /// <summary>What a writer of the API writes, read back as JSON for a page.</summary>
    public static JsonElement Written(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>A string property of a JSON object, or null.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;
}
