using System.Globalization;
using NetOrigin.Identification.Registries.Listings;

namespace NetOrigin.Identification.Registries;

/// <summary>
/// Reads and writes the shipped registry snapshot format: '#'-comment header lines (title, source, snapshot-date,
/// entries), a column header, then one tab-separated row per assignment, in key order.
/// </summary>
internal static class SnapshotFile
{
    public static (RegistrySnapshot Snapshot, List<string[]> Rows) Read(string path, int columns)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"registry snapshot {path} is missing; run 'netorigin data update' or reinstall the data directory", path);
        }

        string? title = null, source = null;
        DateOnly? date = null;
        var rows = new List<string[]>(1024);
        var sawHeader = false;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (title is null && colon < 0)
                {
                    title = line.TrimStart('#', ' ');
                }
                else if (colon > 0)
                {
                    var key = line[1..colon].Trim();
                    var value = line[(colon + 1)..].Trim();
                    if (key == "source")
                    {
                        source = value;
                    }
                    else if (key == "snapshot-date" && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    {
                        date = d;
                    }
                }

                continue;
            }

            if (!sawHeader)
            {
                sawHeader = true;
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < columns)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected {columns} tab-separated columns");
            }

            rows.Add(fields);
        }

        return (new RegistrySnapshot(title ?? Path.GetFileNameWithoutExtension(path), source ?? "unknown", date, rows.Count, path), rows);
    }

    /// <summary>Writes a snapshot to <paramref name="writer"/>; the host decides where, and replaces the file whole.</summary>
    public static void Write(TextWriter writer, RegistryDefinition registry, string source, DateOnly date, IReadOnlyList<RegistryEntry> entries)
    {
        writer.NewLine = "\n";
        writer.WriteLine($"# {registry.Title}");
        writer.WriteLine($"# source: {OneLine(source)}");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# snapshot-date: {date:yyyy-MM-dd}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# entries: {entries.Count}"));
        writer.WriteLine($"{registry.KeyColumn}\torganisation");
        foreach (var entry in entries)
        {
            writer.Write(registry.FormatKey(entry.Key));
            writer.Write('\t');
            writer.WriteLine(entry.Organisation);
        }
    }

    /// <summary>The "# entries:" count of an existing snapshot, or null when there is none or it cannot be read.</summary>
    public static int? TryReadEntryCount(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        foreach (var line in File.ReadLines(path).Take(10))
        {
            if (line.StartsWith("# entries:", StringComparison.Ordinal)
                && int.TryParse(line.AsSpan("# entries:".Length).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return count;
            }
        }

        return null;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
