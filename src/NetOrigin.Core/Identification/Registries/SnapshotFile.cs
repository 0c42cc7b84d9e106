using System.Globalization;

namespace NetOrigin.Identification.Registries;

/// <summary>
/// Reads the shipped registry snapshot format: '#'-comment header lines (title, source, snapshot-date, entries),
/// a column header, then one tab-separated row per assignment.
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
}
