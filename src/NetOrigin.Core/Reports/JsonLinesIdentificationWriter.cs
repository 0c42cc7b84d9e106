using System.Text.Encodings.Web;
using System.Text.Json;

namespace NetOrigin.Reports;

/// <summary>One JSON object per line with the same fields as the TSV columns; an unknown maker is an empty string.</summary>
public sealed class JsonLinesIdentificationWriter(Stream output) : IIdentificationWriter, IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public void Write(IdentificationRow row)
    {
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteString("id", row.Id);
        _json.WriteString("manufacturer", row.Manufacturer);
        _json.WriteString("product", row.Product);
        _json.WriteString("device_type", row.DeviceType);
        _json.WriteNumber("confidence", Math.Round(row.Confidence, 3));
        _json.WriteString("evidence", row.Evidence);
        _json.WriteString("os_vendor", row.OsVendor);
        _json.WriteString("legal_name", row.LegalName);
        _json.WriteEndObject();
        _json.Flush();
        output.Write(NewLine);
    }

    public void Flush()
    {
        _json.Flush();
        output.Flush();
    }

    public void Dispose() => _json.Dispose();
}
