using System.Text.Encodings.Web;
using System.Text.Json;

namespace NetOrigin.Inventory;

/// <summary>
/// Writes assets as an inventory in JSON Lines (docs/inventory-format.md), one object per line, as connectors
/// deliver what they found: field names as the format defines them, several observations of one identifier as an
/// array, where the record came from in <c>_source</c> and where each value was read in <c>_origins</c>. Reading the
/// file back gives the same assets.
/// </summary>
public sealed class JsonLinesInventoryWriter(Stream output) : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Utf8JsonWriter _json = new(output, Options);

    internal long Written { get; private set; }

    public void Write(Asset asset)
    {
        _json.Reset(output);
        _json.WriteStartObject();
        foreach (var (field, value) in AssetValues.Of(asset))
        {
            _json.WriteString(FieldCatalog.NameOf(field), value);
        }

        foreach (var group in AssetValues.Identifiers(asset).GroupBy(p => p.Field))
        {
            var name = FieldCatalog.NameOf(group.Key);
            var values = group.Select(p => p.Identifier.Value).ToList();
            if (values.Count == 1)
            {
                _json.WriteString(name, values[0]);
                continue;
            }

            _json.WriteStartArray(name);
            foreach (var value in values)
            {
                _json.WriteStringValue(value);
            }

            _json.WriteEndArray();
        }

        _json.WriteString("_source", asset.Source.ToString());
        var origins = asset.Origins.ToList();
        if (origins.Count > 0)
        {
            _json.WriteStartObject("_origins");
            foreach (var origin in origins.DistinctBy(o => o.Field))
            {
                _json.WriteString(FieldCatalog.NameOf(origin.Field), origin.Origin);
            }

            _json.WriteEndObject();
        }

        _json.WriteEndObject();
        _json.Flush();
        output.WriteByte((byte)'\n');
        Written++;
    }

    public void Dispose() => _json.Dispose();
}
