using System.Diagnostics;
using System.Globalization;
using NetOrigin.Bench.Fingerprints;
using NetOrigin.Identification.Fingerprints;

// Fingerprinting throughput on one core: every text is run through the fingerprint set of its kind (prefilter,
// then the candidate expressions), as FingerprintClaims does. Usage:
//   NetOrigin.Bench.Fingerprints [--data DIR] [--corpus CORPUS.tsv] [--seconds N]
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal)).ToDictionary(p => p.a, p => p.i + 1 < args.Length ? args[p.i + 1] : "");
var data = options.GetValueOrDefault("--data") ?? FindData();
var seconds = double.Parse(options.GetValueOrDefault("--seconds") ?? "5", CultureInfo.InvariantCulture);

// One core, as the speed bar is stated.
if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1;
}

var load = Stopwatch.StartNew();
var catalog = FingerprintCatalog.Load([(Path.Combine(data, "fingerprints"), "data/fingerprints")]);
var loadTime = load.Elapsed;
var texts = options.TryGetValue("--corpus", out var corpus) ? Workload.FromCorpus(corpus) : Workload.FromExamples(catalog);
var sets = texts.Select(t => t.Kind).Distinct().ToDictionary(k => k, catalog.For);
var work = texts.Select(t => (Set: sets[t.Kind], t.Text)).ToArray();

// Warm-up: compiles every expression a text reaches and lets tiered JIT settle.
var matches = new List<FingerprintMatch>(4);
for (var round = 0; round < 3; round++)
{
    foreach (var (set, text) in work)
    {
        matches.Clear();
        set.Match(text, matches);
    }
}

long done = 0, matched = 0;
var clock = Stopwatch.StartNew();
while (clock.Elapsed.TotalSeconds < seconds)
{
    foreach (var (set, text) in work)
    {
        matches.Clear();
        set.Match(text, matches);
        matched += matches.Count > 0 ? 1 : 0;
    }

    done += work.Length;
}

var elapsed = clock.Elapsed.TotalSeconds;
Console.WriteLine($"fingerprints: {catalog.FingerprintCount} in {catalog.Databases.Count} files, loaded in {loadTime.TotalMilliseconds:0} ms; without a prefilter literal: {catalog.Databases.Sum(d => d.Fingerprints.Count(f => f.Prefilter.Count == 0))}; with known leading characters (in the sets timed): {sets.Values.Sum(s => s.AnchoredCount)} of {sets.Values.Sum(s => s.Count)}");
Console.WriteLine($"workload: {work.Length} distinct texts ({(corpus is null ? "shipped examples and reversed near misses" : corpus)}), {100.0 * matched / done:0.0}% matched");
Console.WriteLine($"throughput: {done / elapsed:N0} texts/s on one core ({done:N0} texts in {elapsed:0.00} s, {1e9 * elapsed / done:0} ns per text)");
foreach (var kind in sets.Keys.OrderBy(k => k.ToString(), StringComparer.Ordinal))
{
    var own = work.Where(w => ReferenceEquals(w.Set, sets[kind])).ToArray();
    var c = Stopwatch.StartNew();
    long n = 0;
    while (c.Elapsed.TotalSeconds < Math.Max(0.2, seconds / 10))
    {
        foreach (var (set, text) in own)
        {
            matches.Clear();
            set.Match(text, matches);
        }

        n += own.Length;
    }

    Console.WriteLine($"  {kind,-24} {sets[kind].Count,4} fingerprints {n / c.Elapsed.TotalSeconds,12:N0} texts/s");
}

static string FindData()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "NetOrigin.slnx")))
        {
            return Path.Combine(dir.FullName, "data");
        }
    }

    throw new InvalidOperationException("pass --data DIR");
}
