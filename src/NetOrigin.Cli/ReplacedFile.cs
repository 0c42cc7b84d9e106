using System.Text;

namespace NetOrigin.Cli;

/// <summary>
/// Writes a file whole: to a scratch file in the same directory first, then moved over the old one, so a reader
/// (or a run cut short) never sees half a file.
/// </summary>
internal static class ReplacedFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var scratch = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var writer = new StreamWriter(scratch, false, new UTF8Encoding(false), 1 << 16))
            {
                write(writer);
            }

            File.Move(scratch, path, overwrite: true);
        }
        finally
        {
            File.Delete(scratch);
        }
    }
}
