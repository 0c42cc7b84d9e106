using System.Text;

namespace NetOrigin.Cli.Files;

/// <summary>
/// An output file written whole or not at all: bytes go to a temporary file beside the target (".NAME.RANDOM.tmp",
/// same directory, so the rename cannot cross file systems), which <see cref="Commit"/> flushes to disk and renames
/// over the target. Until then the target keeps what it held; a failed or killed run leaves it untouched (a killed
/// run may leave the temporary file behind). A target that is a device or pipe (/dev/null, a FIFO) is written
/// directly, and a symbolic link is followed so the file it points to is replaced, not the link.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string _target;
    private readonly string? _temporary;
    private bool _done;

    private OutputFile(string target, string? temporary, Stream stream)
    {
        _target = target;
        _temporary = temporary;
        Stream = stream;
    }

    public Stream Stream { get; }

    public static OutputFile Create(string path)
    {
        var target = FileIdentity.WriteTarget(path);
        if (Directory.Exists(target))
        {
            throw new OutputRefusedException($"{path}: is a directory; name the file to write");
        }

        if (FileIdentity.IsSpecial(target))
        {
            return new OutputFile(target, null, new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16));
        }

        var directory = Path.GetDirectoryName(target)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        if (!OperatingSystem.IsWindows() && File.Exists(target))
        {
            // The replacement keeps the permissions of the file it replaces.
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        }

        return new OutputFile(target, temporary, stream);
    }

    /// <summary>Writes a text file whole (UTF-8): <paramref name="write"/> fills it, and it replaces <paramref name="path"/> once complete.</summary>
    public static void Write(string path, Action<TextWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var output = Create(path);
        using (var writer = new StreamWriter(output.Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            write(writer);
        }

        output.Commit();
    }

    /// <summary>Writes a file whole from bytes (JSON through a Utf8JsonWriter, for one), replacing <paramref name="path"/> once complete.</summary>
    public static void WriteBytes(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var output = Create(path);
        write(output.Stream);
        output.Commit();
    }

    /// <summary>Makes the output the target's content: everything written so far, durably, in one rename.</summary>
    public void Commit()
    {
        if (_done)
        {
            return;
        }

        if (Stream is FileStream file)
        {
            file.Flush(flushToDisk: _temporary is not null);
        }

        Stream.Dispose();
        if (_temporary is not null)
        {
            File.Move(_temporary, _target, overwrite: true);
        }

        _done = true;
    }

    /// <summary>Without <see cref="Commit"/>, discards what was written and leaves the target as it was.</summary>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        Stream.Dispose();
        if (_temporary is not null)
        {
            File.Delete(_temporary);
        }
    }
}
