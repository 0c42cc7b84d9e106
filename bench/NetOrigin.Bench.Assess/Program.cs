using System.Diagnostics;
using System.Globalization;
using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;
using NetOrigin.Reports;

// Times, in one process and alternating, (a) only reading and parsing an inventory, (b) the whole assessment of
// the same file with the default (table) report, and (c) the whole assessment writing the full JSON report to a
// file, and prints the medians and their ratios to (a). Usage:
//   NetOrigin.Bench.Assess INVENTORY [REPETITIONS] [PACKS]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: NetOrigin.Bench.Assess INVENTORY [REPETITIONS] [PACKS]");
    return 2;
}

var input = args[0];
var repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var packIds = (args.Length > 2 ? args[2] : "us-fcc-covered-list").Split(',');
var asOf = new DateOnly(2026, 6, 30);
var data = ReferenceDataSet.Load(DataDirectory.Locate());
var packs = packIds.Select(data.Pack).ToList();
var report = Path.Combine(Path.GetTempPath(), "netorigin-bench-report.json");

var parseTimes = new List<double>();
var tableTimes = new List<double>();
var assessTimes = new List<double>();
long records = 0;
for (var i = 0; i < repetitions; i++)
{
    var watch = Stopwatch.StartNew();
    records = ParseOnly(input);
    parseTimes.Add(watch.Elapsed.TotalSeconds);

    watch.Restart();
    AssessToTable(input);
    tableTimes.Add(watch.Elapsed.TotalSeconds);

    watch.Restart();
    Assess(input);
    assessTimes.Add(watch.Elapsed.TotalSeconds);
    Console.Error.WriteLine($"run {i + 1}: parse {parseTimes[^1]:F2} s, assess (table) {tableTimes[^1]:F2} s, assess (JSON file) {assessTimes[^1]:F2} s");
}

var parse = Median(parseTimes);
var table = Median(tableTimes);
var assess = Median(assessTimes);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"records: {records}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parse only: median {parse:F2} s ({records / parse:N0} records/s)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"assess ({string.Join(",", packIds)}, table report): median {table:F2} s ({records / table:N0} records/s), ratio to parse {table / parse:F2}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"assess ({string.Join(",", packIds)}, JSON report {new FileInfo(report).Length / 1e6:F0} MB): median {assess:F2} s ({records / assess:N0} records/s)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio JSON assess/parse: {assess / parse:F2}"));
File.Delete(report);
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

    return characters >= 0 ? count : -1;
}

void AssessToTable(string path)
{
    var run = new AssessmentRun(data.CreateIdentifier(), packs.Select(p => new PolicyEvaluator(p, data.Ownership)).ToList());
    using var reader = InventorySource.Open(path);
    using var output = new StreamWriter(Stream.Null);
    run.Run(reader, new AssessmentContext(path, packs, asOf), new TableFindingWriter(output));
}

void Assess(string path)
{
    var run = new AssessmentRun(data.CreateIdentifier(), packs.Select(p => new PolicyEvaluator(p, data.Ownership)).ToList());
    using var reader = InventorySource.Open(path);
    using var output = new FileStream(report, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    using var writer = new JsonFindingWriter(output);
    run.Run(reader, new AssessmentContext(path, packs, asOf), writer);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}
