using System.Security.Cryptography;
using System.Text;

namespace NetOrigin.ReferenceData;

/// <summary>
/// The frame every compiled image of reference data shares: a name and format version, the key it was compiled
/// for, the body, and the SHA-256 of all of it at the end. A key is the SHA-256 of the format and of every input
/// file's name and the SHA-256 of its bytes, so a changed input gives another key and a stale image is never found; a truncated,
/// damaged or foreign image fails its checks and is compiled again from the text, never trusted.
/// </summary>
internal static class CompiledImage
{
    private const int HashLength = 32;

    /// <summary>
    /// The key of an image named <paramref name="kind"/> compiled from <paramref name="inputs"/> (a name, and a file
    /// that may be missing), each file by the SHA-256 of its bytes as <paramref name="digests"/> knows it.
    /// </summary>
    public static string KeyOf(string kind, string magic, int formatVersion, IEnumerable<(string Name, string? File)> inputs, FileDigests digests)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{magic} {formatVersion}\n"));
        foreach (var (name, file) in inputs)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            if (file is not null && File.Exists(file))
            {
                hash.AppendData(digests.Of(file));
            }

            hash.AppendData("\n"u8);
        }

        return kind + "-" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static byte[] Write(string magic, int formatVersion, string key, Action<BinaryWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(magic);
            writer.Write(formatVersion);
            writer.Write(key);
            body(writer);
        }

        stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        return stream.ToArray();
    }

    /// <summary>Reads the body of <paramref name="image"/>; false when it is damaged, of another format or key, or not read to its end.</summary>
    public static bool TryRead<T>(byte[] image, string magic, int formatVersion, string key, Func<BinaryReader, T> body, out T value)
    {
        value = default!;
        if (image.Length < HashLength
            || !SHA256.HashData(image.AsSpan(0, image.Length - HashLength)).AsSpan().SequenceEqual(image.AsSpan(image.Length - HashLength)))
        {
            return false;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(image, 0, image.Length - HashLength, writable: false), Encoding.UTF8);
            if (reader.ReadString() != magic || reader.ReadInt32() != formatVersion || reader.ReadString() != key)
            {
                return false;
            }

            value = body(reader);
            return reader.BaseStream.Position == reader.BaseStream.Length;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or IndexOutOfRangeException or InvalidDataException or OverflowException)
        {
            return false;
        }
    }

    public static void WriteNullable(this BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    public static string? ReadNullableString(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    public static void WriteNullable(this BinaryWriter writer, double? number)
    {
        writer.Write(number.HasValue);
        if (number is { } value)
        {
            writer.Write(value);
        }
    }

    public static double? ReadNullableDouble(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadDouble() : null;

    /// <summary>A count read from an image, refused when negative or larger than the bytes left could hold.</summary>
    public static int ReadCount(this BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position
            ? count
            : throw new InvalidDataException($"count {count} does not fit the image");
    }
}
