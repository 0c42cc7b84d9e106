using NetOrigin.Risk;

namespace NetOrigin.Storage.Risk;

/// <summary>
/// Scratch as files in one directory (the server's own data directory, or the system's temporary directory for
/// the CLI), each deleted when its stream is closed, or by the system when the process ends.
/// </summary>
public sealed class ScratchDirectory(string directory) : IScratchSpace
{
    public string Directory { get; } = directory;

    public Stream Create()
    {
        System.IO.Directory.CreateDirectory(Directory);
        return new FileStream(
            Path.Combine(Directory, $"netorigin-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            1 << 12,
            FileOptions.DeleteOnClose);
    }
}
