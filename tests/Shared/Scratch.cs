[assembly: AssemblyFixture(typeof(NetOrigin.Testing.ScratchRun))]

namespace NetOrigin.Testing;

/// <summary>
/// Scratch files for tests: all under one directory per test run, which the run removes when it ends, so tests
/// leave nothing behind in the temporary directory.
/// </summary>
public sealed class ScratchRun : IDisposable
{
    private static readonly Lazy<string> SharedRoot = new(() => CreateRoot("netorigin-tests"));

    public ScratchRun()
        : this(null)
    {
    }

    private ScratchRun(string? root) => Root = root ?? SharedRoot.Value;

    public string Root { get; }

    /// <summary>A run of its own (for tests of the clean-up itself).</summary>
    public static ScratchRun Separate() => new(CreateRoot("netorigin-scratch"));

    /// <summary>A new empty directory under the run's root.</summary>
    public string Directory()
    {
        var path = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A file with <paramref name="content"/> in a directory of its own, so names never collide.</summary>
    public string File(string name, string content)
    {
        var path = Path.Combine(Directory(), name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Root))
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
    }

    private static string CreateRoot(string prefix)
    {
        var root = Path.Combine(Path.GetTempPath(), $"{prefix}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(root);
        return root;
    }
}

/// <summary>The test run's scratch space.</summary>
public static class Scratch
{
    private static readonly ScratchRun Run = new();

    public static string Directory() => Run.Directory();

    public static string File(string name, string content) => Run.File(name, content);
}
