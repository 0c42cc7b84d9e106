using System.Globalization;

namespace NetOrigin.Bench.MacLookup;

/// <summary>
/// --macs N (2,000,000), --seed S (1), --list FILE (bench/mac-lookup/out/macs.txt), --repetitions R (7),
/// --registries DIR (data/registries of this repository), --regenerate (write the list even if it exists).
/// </summary>
internal sealed record BenchOptions(int Count, int Seed, string List, int Repetitions, string Registries, bool Regenerate)
{
    public static BenchOptions Parse(string[] args)
    {
        var root = RepositoryRoot();
        var options = new BenchOptions(2_000_000, 1, Path.Combine(root, "bench", "mac-lookup", "out", "macs.txt"), 7, Path.Combine(root, "data", "registries"), false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--macs" => options with { Count = Number(args, ++i) },
                "--seed" => options with { Seed = Number(args, ++i) },
                "--list" => options with { List = Value(args, ++i) },
                "--repetitions" => options with { Repetitions = Math.Max(1, Number(args, ++i)) },
                "--registries" => options with { Registries = Value(args, ++i) },
                "--regenerate" => options with { Regenerate = true },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'; see BenchOptions.cs"),
            };
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.List))!);
        return options;
    }

    private static string Value(string[] args, int i) => i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");

    private static int Number(string[] args, int i) => int.Parse(Value(args, i), NumberStyles.None, CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NetOrigin.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
