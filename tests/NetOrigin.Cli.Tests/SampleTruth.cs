namespace NetOrigin.Cli.Tests;

/// <summary>The sample generator's own ground truth (samples/*.truth.tsv), one row per inventory line.</summary>
public sealed record SampleTruthRow(string Id, long Line, string MakerGroup, string ExpectedFccStatus, string Note)
{
    public static IReadOnlyList<SampleTruthRow> Load(string path) => File.ReadLines(path)
        .Skip(1)
        .Select(line => line.Split('\t'))
        .Select(f => new SampleTruthRow(f[0], long.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2], f[3], f[4]))
        .ToList();
}
