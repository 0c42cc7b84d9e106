using NetOrigin.Risk;

namespace NetOrigin.Cli;

/// <summary>Scratch for risk runs as temporary files, deleted when the run closes them (or the process ends).</summary>
internal sealed class ScratchFiles : IScratchSpace
{
    public Stream Create() => new FileStream(
        Path.Combine(Path.GetTempPath(), $"netorigin-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        1 << 12,
        FileOptions.DeleteOnClose);
}
