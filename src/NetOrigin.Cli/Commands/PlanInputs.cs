using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Planning;
using NetOrigin.Planning.Catalog;
using NetOrigin.Planning.Inputs;
using NetOrigin.Planning.Progress;
using NetOrigin.Policies;
using NetOrigin.Policies.Approval;
using NetOrigin.Policies.Waivers;
using NetOrigin.ReferenceData;
using NetOrigin.Storage.Risk;

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
        var constraints = options.Value("budget") is { } budget ? PlanConstraintsLoader.Load(budget) : PlanConstraints.None;
        var catalogFiles = (options.Value("catalog") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var catalog = ReplacementCatalog.Load(Path.Combine(data.Directory, "catalog"), data.Sources, data.Graph, catalogFiles);
        var progress = options.Value("progress") is { } progressFile ? ReadProgress(progressFile, start) : ProgressLog.Empty;
        var risk = options.Value("risk") ?? "engine";
        var sources = new PlanSources
        {
            Data = data,
            Packs = packs,
            Catalog = catalog,
            Constraints = constraints,
            Progress = progress,
            RiskModel = risk == "engine" ? RiskModelOptions.Resolve(data, options.Value("model")) : null,
            Scores = risk is "engine" or "role" ? null : ReadRisk(risk),
            Waivers = options.Value("waivers") is { } waiverFile ? WaiverBook.Load(waiverFile, data.Graph) : null,
            Approved = options.Value("approved") is { } approvedFile ? ApprovedList.Load(approvedFile, data.Graph) : null,
            Scratch = new ScratchDirectory(Path.GetTempPath()),
            Settings = new PlanSettings
            {
                Start = start,
                Horizon = options.Date("horizon"),
                Crews = options.Int("crews", 2, 0, 1000),
                Roles = ParseRoles(options.Value("roles")),
            },
        };
        PreparedPlan prepared;
        using (var inventory = InventoryInput.Open(input, options.Value("rejects"), console, options.Value("context")))
        {
            prepared = PlanPreparation.Prepare(inventory.Reader, input, sources, inventory.Rejects.Add, observer);
            inventory.Finish(prepared.Summary.Records);
        }

        return new Loaded(prepared.Instance, constraints, progress, catalog, packs, start, prepared.Summary, data);
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
}
