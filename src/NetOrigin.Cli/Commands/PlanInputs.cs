using NetOrigin.Assessment;
using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Planning;
using NetOrigin.Planning.Catalog;
using NetOrigin.Planning.Inputs;
using NetOrigin.Planning.Progress;
using NetOrigin.Policies;
using NetOrigin.Policies.Approval;
using NetOrigin.Policies.Waivers;
using NetOrigin.ReferenceData;
using NetOrigin.Risk;

namespace NetOrigin.Cli.Commands;

/// <summary>
/// What `plan` and `report` share: assess the inventory, keep the items to replace, and build the plan instance
/// from the catalog, the budget file, the progress file and the risk weights.
/// </summary>
internal static class PlanInputs
{
    public static readonly string[] ValueOptions =
    [
        "policy", "budget", "crews", "start", "horizon", "catalog", "progress", "roles", "risk", "model", "data", "orgs",
        "waivers", "approved", "rejects", "context",
    ];

    public const string Usage = """
          INPUT        inventory file: CSV, TSV or JSON Lines (docs/inventory-format.md)
          --policy     packs whose findings say what to replace (default us-fcc-covered-list); every pack given
                       also restricts the replacement makers the plan may propose
          --budget     budget file (docs/planning.md): money per period, the programme's removal term, crew
                       changes, blackouts, precedence, extra items
          --crews      crews available from the start (default 2)
          --start      first day of the plan and the date findings are judged on (default today)
          --horizon    last day work may end (default a year past the latest deadline, at least three years)
          --catalog    your own quotes or classes, comma-separated files in the catalog format; they merge over
                       the shipped catalog (data/catalog)
          --progress   progress file (docs/planning.md): re-plan from the recorded state of each item
          --roles      plan only items of these roles (e.g. core,ran)
          --risk       how items are weighed: engine (default: the risk engine's score of each asset, docs/risk.md),
                       role (by the part of the network it serves), or a CSV file of scores per asset (the output
                       of netorigin risk --format csv, or asset_id,score)
          --model      the risk model for --risk engine: a shipped id or your model file (as for netorigin risk)
          --waivers, --approved, --context, --data, --orgs, --rejects   as for netorigin assess
        """;

    public sealed record Loaded(PlanInstance Instance, PlanConstraints Constraints, ProgressLog Progress, ReplacementCatalog Catalog, IReadOnlyList<PolicyPack> Packs, DateOnly Start, AssessmentSummary Summary, ReferenceDataSet Data);

    public static Loaded Load(string input, CommandArguments options, Console console, DateOnly today, IFindingSink? observer = null)
    {
        var start = options.Date("start") ?? today;
        var data = UserDataOptions.Load(options);
        var packs = PackOptions.ResolveList(data, "policy", options.Value("policy") ?? "us-fcc-covered-list");
        var evaluators = packs.Select(p => new PolicyEvaluator(p, data.Ownership)).ToList();
        var constraints = options.Value("budget") is { } budget ? PlanConstraintsLoader.Load(budget) : PlanConstraints.None;
        var catalogFiles = (options.Value("catalog") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var catalog = ReplacementCatalog.Load(Path.Combine(data.Directory, "catalog"), data.Sources, data.Graph, catalogFiles);
        var progress = options.Value("progress") is { } progressFile ? ReadProgress(progressFile, start) : ProgressLog.Empty;
        var risk = options.Value("risk") ?? "engine";
        using var engineWeights = risk == "engine" ? new RiskScoreWeights(RiskEngine.For(data, RiskModelOptions.Resolve(data, options.Value("model"))), start, new ScratchFiles()) : null;
        IItemWeights weights = risk is "engine" or "role" ? RoleRiskWeights.Instance : ReadRisk(risk);

        var waivers = options.Value("waivers") is { } waiverFile ? WaiverBook.Load(waiverFile, data.Graph) : null;
        var approved = options.Value("approved") is { } approvedFile ? ApprovedList.Load(approvedFile, data.Graph) : null;
        var candidates = new PlanCandidates(constraints.Additions);
        using (var inventory = InventoryInput.Open(input, options.Value("rejects"), console, options.Value("context")))
        {
            var run = new AssessmentRun(data.CreateIdentifier(), evaluators, waivers, approved);
            var summary = run.Run(inventory.Reader, new AssessmentContext(input, packs, start), new RejectingSink(candidates, inventory.Rejects, observer, engineWeights));
            inventory.Finish(summary.Records);
        }

        if (engineWeights is not null)
        {
            weights = engineWeights.Complete(candidates.Candidates.Select(c => c.Asset.Id).ToHashSet(StringComparer.Ordinal));
        }

        var settings = new PlanSettings
        {
            Start = start,
            Horizon = options.Date("horizon"),
            Crews = options.Int("crews", 2, 0, 1000),
            Roles = ParseRoles(options.Value("roles")),
        };
        var instance = new PlanInstanceBuilder(catalog, evaluators, data.Graph, weights).Build(candidates.Candidates, constraints, progress, settings);
        return new Loaded(instance, constraints, progress, catalog, packs, start, candidates.Summary!, data);
    }

    private static ProgressLog ReadProgress(string path, DateOnly asOf)
    {
        using var reader = new StreamReader(path);
        return ProgressLog.Read(reader, path, asOf);
    }

    private static ScoredItemWeights ReadRisk(string path)
    {
        using var reader = new StreamReader(path);
        return RiskScoreFile.Read(reader, path);
    }

    private static HashSet<AssetRole> ParseRoles(string? text)
    {
        var roles = new HashSet<AssetRole>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!AssetVocabulary.TryParseRole(part, out var role, out var reason) || role == AssetRole.Unspecified)
            {
                throw new UsageException($"--roles: {reason ?? $"'{part}' is not a role"}");
            }

            roles.Add(role);
        }

        return roles;
    }

    /// <summary>Findings to the candidates, rejected records to the rejection log, each assessed asset to the risk scores.</summary>
    private sealed class RejectingSink(PlanCandidates candidates, RejectionLog rejects, IFindingSink? observer, RiskScoreWeights? risk) : IFindingSink, IAssessedAssetSink
    {
        public void Begin(AssessmentContext context)
        {
            candidates.Begin(context);
            risk?.Begin(context);
        }

        public void Write(Finding finding)
        {
            candidates.Write(finding);
            observer?.Write(finding);
        }

        public void Assessed(Asset asset, Attribution attribution, IReadOnlyList<Finding> findings) => risk?.Assessed(asset, attribution, findings);

        public void Reject(Rejection rejection) => rejects.Add(rejection);

        public void End(AssessmentSummary summary)
        {
            candidates.End(summary);
            risk?.End(summary);
        }
    }
}
