using System.Text;

namespace NetOrigin.Fuzzing;

/// <summary>Where targets find their seeds: the harness's Seeds/ folder, and the shipped data itself.</summary>
public static class FuzzSeeds
{
    public static string SeedsDirectory => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The files of Seeds/<paramref name="folder"/> (with the extension, when given), in name order.</summary>
    public static IReadOnlyList<byte[]> Files(string folder, string? extension = null) =>
        Read(Path.Combine(SeedsDirectory, folder), extension is null ? "*" : "*." + extension);

    /// <summary>The shipped data files of data/<paramref name="folder"/> with the extension.</summary>
    public static IReadOnlyList<byte[]> Shipped(string folder, string extension) =>
        Read(Path.Combine(FuzzData.DataDirectory, folder), "*." + extension);

    public static IReadOnlyList<byte[]> Tokens(IEnumerable<string> tokens) => [.. tokens.Select(Encoding.UTF8.GetBytes)];

    private static byte[][] Read(string directory, string pattern) =>
        Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)]
            : throw new DirectoryNotFoundException($"fuzz seeds: no directory {directory}");
}
