using System.Text;
using NetOrigin.Cli.Files;
using NetOrigin.Samples;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin sample: writes a realistic, deterministic inventory of a regional carrier.</summary>
public sealed class SampleCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["assets", "seed", "out", "truth"];

    public string Name => "sample";

    public string Summary => "generate a realistic sample inventory of a regional carrier";

    public string Usage => """
        usage: netorigin sample [--assets N] [--seed S] [--out FILE] [--truth FILE]

          --assets   number of inventory rows (default 2000)
          --seed     seed; the same seed and size give the same file (default 1)
          --out      write the CSV inventory to FILE instead of standard output
          --truth    also write the generator's ground truth (true maker, expected FCC Covered List status) as TSV
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        options.AllowPositionals(0);
        var assets = options.Int("assets", 2000, 1, 100_000_000);
        var seed = options.Int("seed", 1, 0, int.MaxValue);
        var generator = new SampleNetworkGenerator(seed);
        var outPath = options.Value("out");
        var truthPath = options.Value("truth");
        new FilePlan().Writes("--out", outPath).Writes("--truth", truthPath).Check();

        using var truthFile = truthPath is null ? null : OutputFile.Create(truthPath);
        using var outFile = outPath is null ? null : OutputFile.Create(outPath);
        using (var truth = truthFile is null ? null : new StreamWriter(truthFile.Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        using (var inventory = new StreamWriter(outFile?.Stream ?? new NonClosingStream(console.OutputStream), new UTF8Encoding(false), 1 << 16, leaveOpen: outFile is not null))
        {
            generator.Write(assets, inventory, truth);
        }

        truthFile?.Commit();
        outFile?.Commit();
        if (outPath is not null)
        {
            console.Error.WriteLine($"wrote {assets} assets to {outPath}");
        }

        return ExitCodes.Done;
    }
}
