using System.Globalization;
using NetOrigin.Fuzzing;

// Long fuzz runs over every parser (tests/NetOrigin.Fuzzing), with the bounds the test suite uses.
// Usage: NetOrigin.Bench.Fuzz [--cases N] [--seconds S] [--seed S] [--target NAME]... [--case I] [--save DIR] [--seeds] [--small] [--file F] [--timeout S] [--max-alloc MIB]
//   --cases    cases per target (default 20000); --seconds: time budget per target (default 600)
//   --case I   run only case I (with --target) and print its input's mutations: reproduces one finding
//   --save DIR write every failing input, minimised, to DIR/TARGET/ (for the regression corpus)
//   --seeds    run each target's seeds unmutated and print how each fared
//   --file F   run the input in file F through the one --target, and say how it fared
//   --timeout S, --max-alloc MIB   other bounds per case than the harness's (to hunt slow or greedy cases)
//   --small    mutate with the test suite's sizes (huge fields up to 128 KiB) instead of the long run's (2 MiB)
var options = Options.Parse(args);
var targets = options.Targets.Count == 0 ? FuzzTargets.All : [.. options.Targets.Select(FuzzTargets.Named)];
var limits = FuzzLimits.Default with
{
    CaseTimeout = options.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : FuzzLimits.Default.CaseTimeout,
    MaxAllocatedBytes = options.MaxAllocMiB is { } mib ? (long)mib << 20 : FuzzLimits.Default.MaxAllocatedBytes,
};
using var runner = new FuzzRunner(limits);
var inv = CultureInfo.InvariantCulture;
if (options.File is { } file)
{
    // One saved input (a finding, a corpus file) through one target, timed.
    var target = targets.Count == 1 ? targets[0] : throw new ArgumentException("--file needs one --target");
    runner.WarmUp(target);
    var result = runner.Run(target, File.ReadAllBytes(file));
    Console.WriteLine(string.Create(inv, $"{target.Name} {file}: {result.Verdict} in {result.Elapsed.TotalMilliseconds:0} ms, {result.AllocatedBytes >> 20} MiB allocated"));
    Console.WriteLine(result.Detail);
    return result.IsFailure ? 1 : 0;
}

if (options.SeedsOnly)
{
    foreach (var target in targets)
    {
        for (var i = 0; i < target.Seeds.Count; i++)
        {
            var result = runner.Run(target, target.Seeds[i]);
            Console.WriteLine($"{target.Name} seed {i}: {result.Verdict} {result.Detail?.Split('\n')[0]}");
        }
    }

    return 0;
}

Console.WriteLine(string.Create(inv, $"seed {options.Seed}, up to {options.Cases} cases or {options.Seconds} s per target; case bound {limits.CaseTimeout.TotalSeconds} s, {limits.MaxAllocatedBytes >> 20} MiB allocated"));
Console.WriteLine($"{"target",-20} {"runs",8} {"read",8} {"refused",8} {"crashes",8} {"hangs",6} {"memory",7} {"broken",7} {"slowest (case)",18} {"max alloc",10} {"elapsed",8} {"cpu",8}");
var failures = 0;
foreach (var target in targets)
{
    var report = options.Case is { } single
        ? runner.Fuzz(target, options.Seed, 1, options.Mutations, firstCase: single)
        : runner.Fuzz(target, options.Seed, options.Cases, options.Mutations, TimeSpan.FromSeconds(options.Seconds));
    Console.WriteLine(string.Create(inv, $"{target.Name,-20} {report.Runs,8} {report.Count(FuzzVerdict.Read),8} {report.Count(FuzzVerdict.InputError),8} {report.Count(FuzzVerdict.Crash),8} {report.Count(FuzzVerdict.Hang),6} {report.Count(FuzzVerdict.Memory),7} {report.Count(FuzzVerdict.Broken),7} {report.SlowestCase.TotalMilliseconds,7:0} ms (#{report.SlowestCaseNumber}) {report.LargestAllocation >> 20,6} MiB {report.Elapsed.TotalSeconds,6:0} s {report.ProcessorTime.TotalSeconds,6:0.0} s"));
    foreach (var failure in report.Failures)
    {
        failures++;
        Console.WriteLine($"  {failure}");
        if (options.Save is { } directory && failure.Result.Verdict != FuzzVerdict.Hang)
        {
            var minimal = Minimiser.Minimise(runner, target, failure.Input);
            Console.WriteLine($"  saved {minimal.Length} bytes (from {failure.Input.Length}) to {FuzzCorpus.Save(directory, target, failure, minimal)}");
        }
        else if (options.Save is { } hangs)
        {
            Console.WriteLine($"  saved {failure.Input.Length} bytes to {FuzzCorpus.Save(hangs, target, failure, failure.Input)}");
        }
    }
}

return failures == 0 ? 0 : 1;

internal sealed record Options(int Cases, int Seconds, ulong Seed, List<string> Targets, int? Case, string? Save, bool SeedsOnly = false, string? File = null, int? TimeoutSeconds = null, int? MaxAllocMiB = null)
{
    /// <summary>--small: the test suite's mutation sizes instead of the long run's.</summary>
    public MutatorLimits Mutations { get; init; } = MutatorLimits.Long;

    public static Options Parse(string[] args)
    {
        var options = new Options(20_000, 600, 1, [], null, null);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--seeds" or "--small")
            {
                options = args[i] == "--seeds" ? options with { SeedsOnly = true } : options with { Mutations = MutatorLimits.Tests };
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--cases" => options with { Cases = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seconds" => options with { Seconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = ulong.Parse(value, CultureInfo.InvariantCulture) },
                "--target" => options with { Targets = [.. options.Targets, value] },
                "--case" => options with { Case = int.Parse(value, CultureInfo.InvariantCulture) },
                "--save" => options with { Save = value },
                "--file" => options with { File = value },
                "--timeout" => options with { TimeoutSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--max-alloc" => options with { MaxAllocMiB = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            i++;
        }

        return options;
    }
}
