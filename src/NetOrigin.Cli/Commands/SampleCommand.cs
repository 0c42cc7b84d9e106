using System.Text;
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
        using var truth = truthPath is null ? null : new StreamWriter(truthPath, false, new UTF8Encoding(false), 1 << 16);
        if (outPath is null)
        {
            using var stdout = new StreamWriter(new NonClosingStream(console.OutputStream), new UTF8Encoding(false), 1 << 16);
            generator.Write(assets, stdout, truth);
        }
        else
        {
            using var file = new StreamWriter(outPath, false, new UTF8Encoding(false), 1 << 16);
            generator.Write(assets, file, truth);
            console.Error.WriteLine($"wrote {assets} assets to {outPath}");
        }

        return ExitCodes.Done;
    }
}
