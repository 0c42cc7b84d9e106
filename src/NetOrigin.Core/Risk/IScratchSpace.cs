namespace NetOrigin.Risk;

/// <summary>
/// Where a run may keep what it cannot hold in memory: each call gives a new, empty, readable, writable and
/// seekable stream, which the run disposes of when done. Hosts decide where it lives (temporary files for the CLI);
/// the engine never opens files of its own.
/// </summary>
public interface IScratchSpace
{
    Stream Create();
}

/// <summary>Scratch in memory: for small inventories, tests and hosts without a disk to spare.</summary>
internal sealed class MemoryScratchSpace : IScratchSpace
{
    public Stream Create() => new MemoryStream();
}
