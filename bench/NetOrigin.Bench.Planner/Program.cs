using System.Diagnostics;
using System.Globalization;
using NetOrigin.Assessment;
using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Planning;
using NetOrigin.Planning.Catalog;
using NetOrigin.Planning.CpSat;
using NetOrigin.Planning.Inputs;
using NetOrigin.Planning.Progress;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;
using NetOrigin.Risk;

// Planner benchmark: for each inventory (made with `netorigin sample --assets N`), plan the covered items under the
// US programme's terms with a tight budget and few crews, and print one row: size, baseline and CP-SAT objectives,
// the proven bound and gap of each stage, time, and the improvement over the baseline. Usage:
//   NetOrigin.Bench.Planner [--time-limit S | --plan-seconds S] [--workers N] [--budget-share F] [--sites-per-crew N] INVENTORY...
// --time-limit bounds the solve alone; --plan-seconds bounds the planning as a whole (building the instance from
// the findings, the baseline and the solve), so the solver gets what building and the baseline left.
var timeLimit = 60.0;
double? planSeconds = null;
var workers = 2;
var budgetShare = 0.4;
var sitesPerCrew = 40;
var files = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--time-limit": timeLimit = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--plan-seconds": planSeconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--workers": workers = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--budget-share": budgetShare = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--sites-per-crew": sitesPerCrew = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: files.Add(args[i]); break;
    }
}

var data = ReferenceDataSet.Load(DataDirectory.Locate());
var pack = data.Pack("us-fcc-covered-list");
var evaluator = new PolicyEvaluator(pack, data.Ownership);
var catalog = ReplacementCatalog.Load(Path.Combine(data.Directory, "catalog"), data.Sources, data.Graph);
var start = new DateOnly(2026, 1, 5);
var identifier = data.CreateIdentifier();
var engine = RiskEngine.For(data, data.RiskModel("netorigin-default"));
Console.WriteLine("items\tvisits\tcrews\tbaseline_missed\tplan_missed\tbaseline_exposure\tplan_exposure\texposure_gain\tmisses_gap\texposure_gap\tcost_gap\tstatus\tbuild_s\tbaseline_s\tsolve_s\tplan_s");
foreach (var file in files)
{
    var clock = Stopwatch.StartNew();
    // Items weigh their risk scores, worked out in the assessment's pass, as `netorigin plan` does by default.
    var candidates = new PlanCandidates([]);
    using var risk = new RiskScoreWeights(engine, start, new TempFiles());
    using (var reader = InventorySource.Open(file))
    {
        new AssessmentRun(identifier, [evaluator]).Run(reader, new AssessmentContext(file, [pack], start), new CandidatesAndScores(candidates, risk));
    }

    var weights = risk.Complete(candidates.Candidates.Select(c => c.Asset.Id).ToHashSet(StringComparer.Ordinal));

    // First pass to size the budget: all items, unlimited money.
    var programme = new ProgrammeTerm("US programme", new HashSet<string>(), new HashSet<string>(), new DateOnly(2020, 6, 30), start, 24, 0, "bench");
    var builder = new PlanInstanceBuilder(catalog, [evaluator], data.Graph, weights);
    var sized = builder.Build(candidates.Candidates, PlanConstraints.None with { Programme = programme }, ProgressLog.Empty, new PlanSettings { Start = start });
    var perYear = (decimal)Math.Round(sized.TotalCost * budgetShare);
    var periods = Enumerable.Range(0, 4).Select(y => new BudgetPeriod((start.Year + y).ToString(CultureInfo.InvariantCulture), start.AddYears(y), start.AddYears(y + 1), perYear, "bench")).ToList();
    var constraints = PlanConstraints.None with { Programme = programme, Periods = periods };
    var crews = Math.Max(2, sized.Visits.Count / sitesPerCrew);

    // The sizing pass above is the benchmark's own (a user brings a budget); the plan's build is timed from here.
    clock.Restart();
    var instance = builder.Build(candidates.Candidates, constraints, ProgressLog.Empty, new PlanSettings { Start = start, Crews = crews, Horizon = start.AddYears(4).AddDays(-1) });
    var build = clock.Elapsed.TotalSeconds;

    clock.Restart();
    var baseline = BaselinePlanner.Place(instance);
    var baselineSeconds = clock.Elapsed.TotalSeconds;
    clock.Restart();
    var solveLimit = planSeconds is { } total ? Math.Max(1, total - build - baselineSeconds) : timeLimit;
    var result = new CpSatPlanner().Solve(instance, baseline, new SolverLimits(solveLimit, workers, 1));
    var solve = clock.Elapsed.TotalSeconds;
    var b = baseline.Objectives(instance);
    var p = result.Schedule.Objectives(instance);
    if (p > b || result.Schedule.Check(instance).Count > 0)
    {
        throw new InvalidOperationException("the plan is worse than the baseline or infeasible");
    }

    var items = instance.Visits.Sum(v => v.Items.Count);
    Console.WriteLine(string.Join('\t',
        items, instance.Visits.Count, crews,
        PlanRun.ItemsMissed(instance, baseline), PlanRun.ItemsMissed(instance, result.Schedule),
        b.Exposure, p.Exposure, (b.Exposure == 0 ? 0 : (double)(b.Exposure - p.Exposure) / b.Exposure).ToString("P1", CultureInfo.InvariantCulture),
        string.Join('\t', result.Stages.Select(s => s.Gap.ToString("P2", CultureInfo.InvariantCulture))),
        result.Status, build.ToString("0.0", CultureInfo.InvariantCulture), baselineSeconds.ToString("0.00", CultureInfo.InvariantCulture), solve.ToString("0.0", CultureInfo.InvariantCulture),
        (build + baselineSeconds + solve).ToString("0.0", CultureInfo.InvariantCulture)));
}

/// <summary>The assessment's findings to the plan candidates and each assessed asset to the risk scores.</summary>
internal sealed class CandidatesAndScores(PlanCandidates candidates, RiskScoreWeights risk) : IFindingSink, IAssessedAssetSink
{
    public void Begin(AssessmentContext context)
    {
        candidates.Begin(context);
        risk.Begin(context);
    }

    public void Write(Finding finding) => candidates.Write(finding);

    public void Assessed(Asset asset, Attribution attribution, IReadOnlyList<Finding> findings) => risk.Assessed(asset, attribution, findings);

    public void Reject(Rejection rejection) => candidates.Reject(rejection);

    public void End(AssessmentSummary summary)
    {
        candidates.End(summary);
        risk.End(summary);
    }
}

/// <summary>Risk scratch as temporary files deleted on close, as the CLI keeps it.</summary>
internal sealed class TempFiles : IScratchSpace
{
    public Stream Create() => new FileStream(Path.Combine(Path.GetTempPath(), $"netorigin-bench-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose);
}
