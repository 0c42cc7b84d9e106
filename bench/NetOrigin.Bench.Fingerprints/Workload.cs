using NetOrigin.Identification.Fingerprints;
using NetOrigin.Inventory;

namespace NetOrigin.Bench.Fingerprints;

/// <summary>The texts to fingerprint, each with the identifier kind it is.</summary>
internal static class Workload
{
    /// <summary>
    /// The shipped examples (texts that match) and as many near misses made from them (the same words in reverse
    /// order, which keeps length and vocabulary but rarely matches), so both paths are timed.
    /// </summary>
    public static List<(IdentifierKind Kind, string Text)> FromExamples(FingerprintCatalog catalog)
    {
        var texts = new List<(IdentifierKind, string)>();
        foreach (var database in catalog.Databases)
        {
            var kind = RecogMatchKeys.KindsOf(database.Matches)[0];
            foreach (var example in database.Fingerprints.SelectMany(f => f.Examples))
            {
                texts.Add((kind, example.Text));
                texts.Add((kind, string.Join(' ', example.Text.Split(' ').Reverse())));
            }
        }

        return texts;
    }

    /// <summary>Texts from a labelled corpus TSV (columns recog_matches, source_file, example_text), by the kind each is.</summary>
    public static List<(IdentifierKind Kind, string Text)> FromCorpus(string path)
    {
        var texts = new List<(IdentifierKind, string)>();
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()!.Split('\t');
        var (matches, file, text) = (Array.IndexOf(header, "recog_matches"), Array.IndexOf(header, "source_file"), Array.IndexOf(header, "example_text"));
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            var key = cells[matches] == "" && cells[file] == "telnet_banners.xml" ? "telnet.banner" : cells[matches];
            var kinds = RecogMatchKeys.KindsOf(key);
            if (kinds.Count > 0 && cells[text].Length > 0)
            {
                texts.Add((kinds[0], cells[text]));
            }
        }

        return texts;
    }
}
