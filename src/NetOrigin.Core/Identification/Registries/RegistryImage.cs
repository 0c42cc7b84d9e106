using NetOrigin.ReferenceData;

namespace NetOrigin.Identification.Registries;

/// <summary>
/// The IEEE and IANA registries compiled to one binary image (framed and keyed as every <see cref="CompiledImage"/>),
/// so a run reads a few megabytes of ready tables instead of parsing 120,000 text rows.
/// </summary>
internal static class RegistryImage
{
    private const string Magic = "NetOrigin registry image";

    /// <summary>Raised whenever the layout below changes, so an image written by another version is not read.</summary>
    private const int FormatVersion = 1;

    private static readonly RegistryDefinition[] Files =
        [RegistryDefinition.MaL, RegistryDefinition.MaM, RegistryDefinition.MaS, RegistryDefinition.Iab, RegistryDefinition.EnterpriseNumbers];

    /// <summary>The cache key of the registries in <paramref name="directory"/>: the format version and every snapshot file's name and digest.</summary>
    public static string KeyOf(string directory, FileDigests digests) =>
        CompiledImage.KeyOf("registries", Magic, FormatVersion, Files.Select(d => (d.FileName, (string?)Path.Combine(directory, d.FileName))), digests);

    public static byte[] Write(string key, MacRegistry macs, EnterpriseRegistry enterprises) => CompiledImage.Write(Magic, FormatVersion, key, writer =>
    {
        var snapshots = macs.Snapshots.Append(enterprises.Snapshot).ToList();
        writer.Write(snapshots.Count);
        foreach (var snapshot in snapshots)
        {
            writer.Write(snapshot.Title);
            writer.Write(snapshot.Source);
            writer.Write(snapshot.Date?.DayNumber ?? -1);
            writer.Write(snapshot.Entries);
            writer.Write(Path.GetFileName(snapshot.File));
        }

        macs.WriteTo(writer, snapshots);
        enterprises.WriteTo(writer);
    });

    /// <summary>The registries in <paramref name="image"/>, or null when it is damaged, of another format or of another key.</summary>
    public static (MacRegistry Macs, EnterpriseRegistry Enterprises)? TryRead(byte[] image, string key, string directory) =>
        CompiledImage.TryRead(image, Magic, FormatVersion, key, reader => Read(reader, directory), out var registries) ? registries : null;

    private static (MacRegistry, EnterpriseRegistry) Read(BinaryReader reader, string directory)
    {
        var snapshots = new RegistrySnapshot[reader.ReadCount()];
        for (var i = 0; i < snapshots.Length; i++)
        {
            var title = reader.ReadString();
            var source = reader.ReadString();
            var day = reader.ReadInt32();
            var entries = reader.ReadInt32();
            var file = Path.Combine(directory, reader.ReadString());
            snapshots[i] = new RegistrySnapshot(title, source, day < 0 ? null : DateOnly.FromDayNumber(day), entries, file);
        }

        return (MacRegistry.ReadFrom(reader, snapshots), EnterpriseRegistry.ReadFrom(reader, snapshots[^1]));
    }
}
