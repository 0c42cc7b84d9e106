using System.Text.Encodings.Web;
using System.Text.Json;

namespace NetOrigin.Bench.Accuracy;

/// <summary>Writes each corpus row that has inventory fields as one JSON Lines inventory record (no label, no family).</summary>
internal static class Converter
{
    public static int Run(CorpusKind kind, string corpusPath, string inventoryPath)
    {
        using var output = new FileStream(inventoryPath, FileMode.Create);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        int written = 0, skipped = 0;
        foreach (var row in Corpus.Read(kind, corpusPath))
        {
            if (row.Fields.Count == 0)
            {
                skipped++;
                continue;
            }

            json.Reset();
            json.WriteStartObject();
            json.WriteString("id", row.Id);
            foreach (var (column, value) in row.Fields)
            {
                json.WriteString(column, value);
            }

            json.WriteEndObject();
            json.Flush();
            output.Write("\n"u8);
            written++;
        }

        Console.Error.WriteLine($"converted {written} rows to {inventoryPath}; {skipped} rows have no NetOrigin identifier column and were left out");
        return 0;
    }

    /// <summary>Writes the raw corpus rows of one half (the tuning half is what patterns may be written against).</summary>
    public static int Split(CorpusKind kind, string corpusPath, string half, string outputPath)
    {
        if (half is not (CorpusSplit.Tuning or CorpusSplit.Validation))
        {
            Console.Error.WriteLine($"half must be {CorpusSplit.Tuning} or {CorpusSplit.Validation}");
            return 2;
        }

        var rows = Corpus.Read(kind, corpusPath).ToList();
        var lines = File.ReadLines(corpusPath).ToList();
        using var output = new StreamWriter(outputPath);
        output.Write(lines[0] + "\n");
        var kept = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Half == half)
            {
                output.Write(lines[i + 1] + "\n");
                kept++;
            }
        }

        var families = rows.Where(r => r.Half == half).Select(r => r.Family).Distinct().Count();
        Console.Error.WriteLine($"{half} half of {corpusPath}: {kept} of {rows.Count} rows, {families} families, written to {outputPath}");
        return 0;
    }
}
