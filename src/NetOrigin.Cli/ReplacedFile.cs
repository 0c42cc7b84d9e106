using System.Text;

namespace NetOrigin.Cli;

/// <summary>
/// Writes a file whole: to a scratch file in the same directory first, then moved over the old one, so a reader
/// (or a run cut short) never sees half a file.
/// </summary>
internal static class ReplacedFile
{
    public static void Write(string path, Action<TextWriter> write) => WriteBytes(path, stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        write(writer);
    });

    /// <summary>The same for output written as bytes (JSON through a Utf8JsonWriter, for one).</summary>
    public static void WriteBytes(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var scratch = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(scratch, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            File.Move(scratch, path, overwrite: true);
        }
        finally
        {
            File.Delete(scratch);
        }
    }
}
