using NetOrigin.ReferenceData;

namespace NetOrigin.Tests;

/// <summary>The repository's shipped reference data, loaded once for all tests that need it.</summary>
public static class TestData
{
    private static readonly Lazy<ReferenceDataSet> Shipped = new(() => ReferenceDataSet.Load(Directory));

    public static string Directory => Path.Combine(RepositoryRoot, "data");

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NetOrigin.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }

    public static ReferenceDataSet Reference => Shipped.Value;

    /// <summary>A scratch file with the given content, removed when the test run ends.</summary>
    public static string WriteTemp(string name, string content) => Scratch.File(name, content);
}
