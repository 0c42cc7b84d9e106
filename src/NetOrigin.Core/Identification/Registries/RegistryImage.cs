using System.Security.Cryptography;
using System.Text;

namespace NetOrigin.Identification.Registries;

/// <summary>
/// The IEEE and IANA registries compiled to one binary image, so a run reads a few megabytes of ready tables
/// instead of parsing 120,000 text rows. The image is keyed by the SHA-256 of the snapshot files it was compiled
/// from and ends with the SHA-256 of its own bytes: a changed snapshot gives another key, and a truncated or
/// damaged image is rejected and compiled again from the text, never trusted.
/// </summary>
internal static class RegistryImage
{
    private const string Magic = "NetOrigin registry image";

    /// <summary>Raised whenever the layout below changes, so an image written by another version is not read.</summary>
    private const int FormatVersion = 1;

    private static readonly RegistryDefinition[] Files =
        [RegistryDefinition.MaL, RegistryDefinition.MaM, RegistryDefinition.MaS, RegistryDefinition.Iab, RegistryDefinition.EnterpriseNumbers];

    /// <summary>The cache key of the registries in <paramref name="directory"/>: the format version and every snapshot file's name and bytes.</summary>
    public static string KeyOf(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{Magic} {FormatVersion}\n"));
        foreach (var definition in Files)
        {
            var path = Path.Combine(directory, definition.FileName);
            hash.AppendData(Encoding.UTF8.GetBytes(definition.FileName + "\n"));
            if (File.Exists(path))
            {
                hash.AppendData(File.ReadAllBytes(path));
            }

            hash.AppendData("\n"u8);
        }

        return "registries-" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static byte[] Write(string key, MacRegistry macs, EnterpriseRegistry enterprises)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(key);
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
        }

        stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        return stream.ToArray();
    }

    /// <summary>The registries in <paramref name="image"/>, or null when it is damaged, of another format or of another key.</summary>
    public static (MacRegistry Macs, EnterpriseRegistry Enterprises)? TryRead(byte[] image, string key, string directory)
    {
        const int HashLength = 32;
        if (image.Length < HashLength
            || !SHA256.HashData(image.AsSpan(0, image.Length - HashLength)).AsSpan().SequenceEqual(image.AsSpan(image.Length - HashLength)))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(image, 0, image.Length - HashLength, writable: false), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion || reader.ReadString() != key)
            {
                return null;
            }

            var snapshots = new RegistrySnapshot[reader.ReadInt32()];
            for (var i = 0; i < snapshots.Length; i++)
            {
                var title = reader.ReadString();
                var source = reader.ReadString();
                var day = reader.ReadInt32();
                var entries = reader.ReadInt32();
                var file = Path.Combine(directory, reader.ReadString());
                snapshots[i] = new RegistrySnapshot(title, source, day < 0 ? null : DateOnly.FromDayNumber(day), entries, file);
            }

            var macs = MacRegistry.ReadFrom(reader, snapshots);
            var enterprises = EnterpriseRegistry.ReadFrom(reader, snapshots[^1]);
            return reader.BaseStream.Position == reader.BaseStream.Length ? (macs, enterprises) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            return null;
        }
    }
}
