using System.Text.Encodings.Web;
using System.Text.Json;

namespace NetOrigin.Bench.Accuracy;

/// <summary>Writes each corpus row that has an inventory column as one JSON Lines inventory record.</summary>
internal static class Converter
{
    public static int Run(string corpusPath, string inventoryPath)
    {
        using var output = new FileStream(inventoryPath, FileMode.Create);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        int written = 0, skipped = 0;
        foreach (var row in CorpusRow.Read(corpusPath))
        {
            if (row.Column is not { } column || row.Text.Trim().Length == 0)
            {
                skipped++;
                continue;
            }

            json.Reset();
            json.WriteStartObject();
            json.WriteString("id", row.Id);
            // The corpus's sysObjectID examples carry the sysDescr after the OID; the OID alone is the identifier.
            json.WriteString(column, column == "sys_object_id" ? row.Text.Split(' ', 2)[0] : row.Text);
            json.WriteEndObject();
            json.Flush();
            output.Write("\n"u8);
            written++;
        }

        Console.Error.WriteLine($"converted {written} rows to {inventoryPath}; {skipped} rows have no NetOrigin identifier column and were left out");
        return 0;
    }
}
