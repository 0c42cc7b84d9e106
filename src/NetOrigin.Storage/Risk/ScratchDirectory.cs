using NetOrigin.Risk;

namespace NetOrigin.Storage.Risk;

/// <summary>
/// Scratch for the analyses of stored runs: files under the server's own data directory (not a shared temporary
/// directory), each deleted when its stream is closed, or by the system when the process ends.
/// </summary>
public sealed class ScratchDirectory(string directory) : IScratchSpace
{
    public string Directory { get; } = directory;

    public Stream Create()
    {
        System.IO.Directory.CreateDirectory(Directory);
        return new FileStream(
            Path.Combine(Directory, $"{Environment.ProcessId}-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            1 << 12,
            FileOptions.DeleteOnClose);
    }
}
