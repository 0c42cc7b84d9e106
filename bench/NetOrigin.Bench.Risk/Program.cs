using System.Diagnostics;
using System.Globalization;
using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;
using NetOrigin.Reports;
using NetOrigin.Reports.Risk;
using NetOrigin.Risk;
using NetOrigin.Risk.Exposure;

// Times, in one process and alternating, (a) the assessment of an inventory with the default table report, (b) the
// risk analysis of the same file with its table report, and (c) the cut-off exposure of the same file under a cut
// of every company controlled from China; each run starts with cold caches, as a CLI run does. Prints the medians
// and the ratios to (a). Scratch goes to temporary files, as in the CLI. Usage:
//   NetOrigin.Bench.Risk INVENTORY [REPETITIONS] [PACKS]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: NetOrigin.Bench.Risk INVENTORY [REPETITIONS] [PACKS]");
    return 2;
}

var input = args[0];
var repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var packIds = (args.Length > 2 ? args[2] : "us-fcc-covered-list").Split(',');
var asOf = new DateOnly(2026, 6, 30);
var data = ReferenceDataSet.Load(DataDirectory.Locate());
var packs = packIds.Select(data.Pack).ToList();
var model = data.RiskModel("netorigin-default");
var china = CutTarget.Resolve("country:CN", data.Resolver, asOf);

var assessTimes = new List<double>();
var riskTimes = new List<double>();
var exposureTimes = new List<double>();
for (var i = 0; i < repetitions; i++)
{
    var watch = Stopwatch.StartNew();
    Assess();
    assessTimes.Add(watch.Elapsed.TotalSeconds);

    watch.Restart();
    Risk();
    riskTimes.Add(watch.Elapsed.TotalSeconds);

    watch.Restart();
    Exposure();
    exposureTimes.Add(watch.Elapsed.TotalSeconds);
    Console.Error.WriteLine($"run {i + 1}: assess {assessTimes[^1]:F2} s, risk {riskTimes[^1]:F2} s, exposure {exposureTimes[^1]:F2} s");
}

var assess = Median(assessTimes);
var risk = Median(riskTimes);
var exposure = Median(exposureTimes);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"assess ({string.Join(",", packIds)}, table report): median {assess:F2} s"));
// On a shared machine the load changes between runs; each run's ratio to the assessment just before it is the
// fairer comparison, so its median is printed beside the ratio of the medians.
var riskRatio = Median(riskTimes.Select((t, i) => t / assessTimes[i]).ToList());
var exposureRatio = Median(exposureTimes.Select((t, i) => t / assessTimes[i]).ToList());
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"risk ({string.Join(",", packIds)}, table report): median {risk:F2} s, ratio to assess {risk / assess:F2} (median of the runs' ratios {riskRatio:F2})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exposure (cut country:CN, table report): median {exposure:F2} s, ratio to assess {exposure / assess:F2} (median of the runs' ratios {exposureRatio:F2})"));
return 0;

AssessmentRun Assessment(IReadOnlyList<PolicyPack> with) =>
    new(data.CreateIdentifier(), with.Select(p => new PolicyEvaluator(p, data.Ownership)).ToList());

void Assess()
{
    using var reader = InventorySource.Open(input);
    using var output = new StreamWriter(Stream.Null);
    Assessment(packs).Run(reader, new AssessmentContext(input, packs, asOf), new TableFindingWriter(output));
}

void Risk()
{
    using var reader = InventorySource.Open(input);
    using var output = new StreamWriter(Stream.Null);
    RiskEngine.For(data, model).Analyse(Assessment(packs), reader, new AssessmentContext(input, packs, asOf), new RiskTableWriter(output), new TempFiles());
}

void Exposure()
{
    using var reader = InventorySource.Open(input);
    using var output = new StreamWriter(Stream.Null);
    RiskEngine.For(data, model).Expose(Assessment([]), reader, new AssessmentContext(input, [], asOf), [china], new ExposureTableWriter(output), new TempFiles());
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

/// <summary>Scratch as temporary files deleted on close, as the CLI keeps it.</summary>
internal sealed class TempFiles : IScratchSpace
{
    public Stream Create() => new FileStream(Path.Combine(Path.GetTempPath(), $"netorigin-bench-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose);
}
