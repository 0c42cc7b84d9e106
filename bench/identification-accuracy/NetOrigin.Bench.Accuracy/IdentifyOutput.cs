namespace NetOrigin.Bench.Accuracy;

/// <summary>One row of `netorigin identify` TSV output: the device maker and the operating system's maker.</summary>
internal sealed record IdentifyAnswer(string Manufacturer, string OsVendor)
{
    /// <summary>
    /// The answer judged against a label: for an operating-system label the OS maker (a host known only by its OS
    /// is answered by os_vendor), else the device maker; the OS maker says nothing about who made a device.
    /// </summary>
    public string For(bool osLabel) => osLabel
        ? (OsVendor.Length > 0 ? OsVendor : Manufacturer)
        : Manufacturer;

    /// <summary>A host known only by its operating system: no device maker, the OS maker in os_vendor.</summary>
    public bool OsOnly => Manufacturer.Length == 0 && OsVendor.Length > 0;
}

internal static class IdentifyOutput
{
    public static Dictionary<string, IdentifyAnswer> Read(string path)
    {
        var answers = new Dictionary<string, IdentifyAnswer>(StringComparer.Ordinal);
        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty")).Split('\t');
        var (id, maker, os) = (Array.IndexOf(header, "id"), Array.IndexOf(header, "manufacturer"), Array.IndexOf(header, "os_vendor"));
        if (id < 0 || maker < 0)
        {
            throw new InvalidDataException($"{path}: no id or manufacturer column");
        }

        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            answers[cells[id]] = new IdentifyAnswer(cells[maker], os >= 0 && os < cells.Length ? cells[os] : "");
        }

        return answers;
    }
}
