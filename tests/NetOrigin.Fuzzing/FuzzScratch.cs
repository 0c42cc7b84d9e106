namespace NetOrigin.Fuzzing;

/// <summary>A directory of its own for the targets whose parsers read files by path; one per worker, reused.</summary>
public sealed class FuzzScratch : IDisposable
{
    public FuzzScratch()
    {
        Directory = Path.Combine(Path.GetTempPath(), $"netorigin-fuzz-{Environment.ProcessId}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relativePath"/> under the scratch directory and returns its path.</summary>
    public string File(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A worker abandoned mid-case (a hang) may still hold a file; the directory is in the temporary area.
        }
    }
}
