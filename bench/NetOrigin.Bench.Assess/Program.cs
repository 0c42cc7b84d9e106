using System.Diagnostics;
using System.Globalization;
using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;
using NetOrigin.Reports;

// Times, in one process and alternating, everything a user runs on an inventory against two baselines: reading and
// parsing it into records (parse only), and Python's csv module reading the same file. Measured: the assessment
// with the table, JSON (referenced evidence) and CSV reports against one pack, identify, and the table and JSON
// reports against all packs. Prints medians of wall and CPU time, ratios to both baselines and to one pack, and
// the bytes each report wrote. Each run starts with cold caches, as a CLI run does. Usage:
//   NetOrigin.Bench.Assess INVENTORY [REPETITIONS] [PACK]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: NetOrigin.Bench.Assess INVENTORY [REPETITIONS] [PACK]");
    return 2;
}

var input = args[0];
var repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var onePack = args.Length > 2 ? args[2] : "us-fcc-covered-list";
var asOf = new DateOnly(2026, 6, 30);
var data = ReferenceDataSet.Load(DataDirectory.Locate());
var one = new[] { data.Pack(onePack) };
var all = data.PackIds.Select(data.Pack).ToArray();
var output = Path.Combine(Path.GetTempPath(), $"netorigin-bench-{Environment.ProcessId}.out");

var cases = new (string Name, Func<long> Run)[]
{
    ("parse only", () => ParseOnly(input)),
    ("python csv module", () => PythonCsv(input)),
    ("assess, table", () => Assess(one, Format.Table)),
    ("assess, JSON", () => Assess(one, Format.Json)),
    ("assess, CSV", () => Assess(one, Format.Csv)),
    ("identify", () => Identify()),
    ($"assess, {all.Length} packs, table", () => Assess(all, Format.Table)),
    ($"assess, {all.Length} packs, JSON", () => Assess(all, Format.Json)),
};
var wall = cases.Select(_ => new List<double>()).ToArray();
var cpu = cases.Select(_ => new List<double>()).ToArray();
var written = new long[cases.Length];
long records = ParseOnly(input);
for (var r = 0; r < repetitions; r++)
{
    for (var c = 0; c < cases.Length; c++)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        written[c] = cases[c].Run();
        wall[c].Add(watch.Elapsed.TotalSeconds);
        process.Refresh();
        cpu[c].Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
        File.Delete(output);
    }

    Console.Error.WriteLine($"run {r + 1}: " + string.Join(", ", cases.Select((c, i) => $"{c.Name} {wall[i][^1]:F2} s")));
}

var parse = Median(wall[0]);
var python = Median(wall[1]);
var table = Median(wall[2]);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{records:N0} records, {repetitions} alternating runs, medians; load average before: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
Console.WriteLine("| what | wall | CPU | × parse (wall) | × parse (CPU) | × python csv | × table | × one pack | written |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (var c = 0; c < cases.Length; c++)
{
    var w = Median(wall[c]);
    var u = Median(cpu[c]);
    var onePackCase = cases[c].Name.Contains("packs, table", StringComparison.Ordinal) ? 2 : cases[c].Name.Contains("packs, JSON", StringComparison.Ordinal) ? 3 : -1;
    var bytes = c >= 2 && written[c] > 0 ? $"{written[c] / 1e9:F2} GB" : "—";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {cases[c].Name} | {w:F2} s | {u:F2} s | {w / parse:F2} | {u / Median(cpu[0]):F2} | {w / python:F2} | {(c >= 2 ? (w / table).ToString("F2", CultureInfo.InvariantCulture) : "—")} | {(onePackCase > 0 ? (w / Median(wall[onePackCase])).ToString("F2", CultureInfo.InvariantCulture) : "—")} | {bytes} |"));
}

return 0;

static long ParseOnly(string path)
{
    using var reader = InventorySource.Open(path);
    long count = 0, characters = 0;
    foreach (var record in reader.Read())
    {
        count++;
        characters += record.Asset?.Id.Length ?? 0;
    }

    return characters >= 0 ? 0 : -1;
}

// Python's csv module reading every row of the same file: a baseline any machine has.
static long PythonCsv(string path)
{
    using var python = Process.Start(new ProcessStartInfo("python3", ["-c", "import csv,sys\nn=0\nwith open(sys.argv[1], newline='') as f:\n    for row in csv.reader(f): n+=1\nprint(n)", path])
    {
        RedirectStandardOutput = true,
    })!;
    python.StandardOutput.ReadToEnd();
    python.WaitForExit();
    return 0;
}

long Assess(PolicyPack[] packs, Format format)
{
    var facts = new AssetEvidenceBuilder(data.Ownership, data.Resolver);
    var run = new AssessmentRun(data.CreateIdentifier(), packs.Select(p => new PolicyEvaluator(p, facts)).ToList());
    using var reader = InventorySource.Open(input);
    var context = new AssessmentContext(input, packs, asOf) { Versions = data.VersionsFor(packs) };
    if (format == Format.Table)
    {
        using var text = new StreamWriter(Stream.Null);
        run.Run(reader, context, new TableFindingWriter(text));
        return 0;
    }

    using (var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
    {
        if (format == Format.Json)
        {
            using var json = new JsonFindingWriter(file, EvidenceShape.Referenced);
            run.Run(reader, context, json);
        }
        else
        {
            using var csv = new CsvFindingWriter(file);
            run.Run(reader, context, csv);
        }
    }

    return new FileInfo(output).Length;
}

long Identify()
{
    using var reader = InventorySource.Open(input);
    using (var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
    using (var text = new StreamWriter(file))
    {
        new IdentificationRun(data.CreateIdentifier()).Run(reader, asOf, new TsvIdentificationWriter(text), _ => { });
    }

    return new FileInfo(output).Length;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

internal enum Format
{
    Table,
    Json,
    Csv,
}
