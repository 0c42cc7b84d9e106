using System.Diagnostics;
using System.Globalization;
using NetOrigin.Bench.MacLookup;
using NetOrigin.Identification.Registries;
using NetOrigin.Inventory;

// Times MacRegistry.Lookup on one thread over a deterministic list of MAC addresses (bench/mac-lookup/run.sh runs
// it beside netaddr). A benchmark program, not a test: it reports figures and asserts nothing.
var options = BenchOptions.Parse(args);
if (!File.Exists(options.List) || options.Regenerate)
{
    System.Console.WriteLine($"writing {options.Count:N0} MACs to {options.List}");
    MacListGenerator.Write(options.Registries, options.Count, options.Seed, options.List);
}

var lines = File.ReadAllLines(options.List);
var macs = lines.Select(MacAddress.Parse).ToArray();
var registry = MacRegistry.Load(options.Registries);

System.Console.WriteLine($"list:       {options.List}: {macs.Length:N0} MACs, seed {options.Seed} ({MacListGenerator.Mix})");
System.Console.WriteLine($"registries: {options.Registries}: {string.Join(", ", registry.Snapshots.Select(s => $"{s.Title} {s.Entries:N0} ({s.Date:yyyy-MM-dd})"))}");
System.Console.WriteLine($"found:      {Found(registry, macs)}");
System.Console.WriteLine($"runtime:    .NET {Environment.Version}, {Environment.ProcessorCount} core(s) available to the process, one thread, {options.Repetitions} timed runs after one warm-up");

Report("MacRegistry.Lookup (parsed MACs)", Time(options.Repetitions, macs.Length, () => LookUpParsed(registry, macs)));
Report("MacAddress.TryParse + Lookup (text)", Time(options.Repetitions, lines.Length, () => LookUpText(registry, lines)));
return 0;

static long LookUpParsed(MacRegistry registry, MacAddress[] macs)
{
    long found = 0;
    foreach (var mac in macs)
    {
        if (registry.Lookup(mac) is not null)
        {
            found++;
        }
    }

    return found;
}

static long LookUpText(MacRegistry registry, string[] lines)
{
    long found = 0;
    foreach (var line in lines)
    {
        if (MacAddress.TryParse(line, out var mac) && registry.Lookup(mac) is not null)
        {
            found++;
        }
    }

    return found;
}

static List<double> Time(int repetitions, int count, Func<long> run)
{
    var rates = new List<double>(repetitions);
    run();
    for (var i = 0; i < repetitions; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        var found = run();
        stopwatch.Stop();
        GC.KeepAlive(found);
        rates.Add(count / stopwatch.Elapsed.TotalSeconds);
    }

    rates.Sort();
    return rates;
}

static void Report(string what, List<double> rates) =>
    System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-38} median {rates[rates.Count / 2] / 1e6,7:F2} M look-ups/s  (min {rates[0] / 1e6:F2}, max {rates[^1] / 1e6:F2})"));

static string Found(MacRegistry registry, MacAddress[] macs)
{
    var counts = macs
        .Select(mac => registry.Lookup(mac)?.RegistryName ?? "none")
        .GroupBy(name => name)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key} {g.Count():N0}");
    return string.Join(", ", counts);
}
