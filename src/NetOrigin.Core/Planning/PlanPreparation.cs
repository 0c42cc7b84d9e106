using NetOrigin.Assessment;
using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Planning.Catalog;
using NetOrigin.Planning.Inputs;
using NetOrigin.Planning.Progress;
using NetOrigin.Policies;
using NetOrigin.Policies.Approval;
using NetOrigin.Policies.Waivers;
using NetOrigin.ReferenceData;
using NetOrigin.Risk;

namespace NetOrigin.Planning;

/// <summary>
/// Everything a plan is made from besides the inventory: the reference data and packs, the budget file, the
/// catalog with the user's quotes, the progress so far, how items are weighed, and the waivers and approved list
/// the assessment applies.
/// </summary>
public sealed record PlanSources
{
    public required ReferenceDataSet Data { get; init; }
    public required IReadOnlyList<PolicyPack> Packs { get; init; }
    public required ReplacementCatalog Catalog { get; init; }
    public required PlanSettings Settings { get; init; }
    public PlanConstraints Constraints { get; init; } = PlanConstraints.None;
    public ProgressLog Progress { get; init; } = ProgressLog.Empty;

    /// <summary>Weigh items by the risk engine's scores under this model; null with no <see cref="Scores"/>: by role.</summary>
    public RiskModel? RiskModel { get; init; }

    /// <summary>Weights given per asset (a scores file); wins over <see cref="RiskModel"/>.</summary>
    public ScoredItemWeights? Scores { get; init; }
    public WaiverBook? Waivers { get; init; }
    public ApprovedList? Approved { get; init; }

    /// <summary>Where the risk engine keeps what it cannot hold in memory.</summary>
    public IScratchSpace Scratch { get; init; } = new MemoryScratchSpace();
}

/// <summary>The instance to plan, with the assessment summary of the pass that found its items.</summary>
public sealed record PreparedPlan(PlanInstance Instance, AssessmentSummary Summary);

/// <summary>
/// What `netorigin plan`, `netorigin report` and the server's plan jobs share: one assessment pass over the
/// inventory as of the plan's start finds the items to replace (and scores them when the risk engine weighs
/// them), then the instance is built from the catalog, the budget file, the progress and the weights.
/// </summary>
public static class PlanPreparation
{
    public static PreparedPlan Prepare(IInventoryReader inventory, string inputName, PlanSources sources, Action<Rejection>? reject = null, IFindingSink? observer = null)
    {
        var data = sources.Data;
        var start = sources.Settings.Start;
        var evaluators = sources.Packs.Select(p => new PolicyEvaluator(p, data.Ownership)).ToList();
        using var engineWeights = sources.Scores is null && sources.RiskModel is { } model ? new RiskScoreWeights(RiskEngine.For(data, model), start, sources.Scratch) : null;
        var candidates = new PlanCandidates(sources.Constraints.Additions);
        var run = new AssessmentRun(data.CreateIdentifier(), evaluators, sources.Waivers, sources.Approved);
        var summary = run.Run(inventory, new AssessmentContext(inputName, sources.Packs, start), new Sink(candidates, reject, observer, engineWeights));
        IItemWeights weights = sources.Scores ?? (IItemWeights?)engineWeights?.Complete(candidates.Candidates.Select(c => c.Asset.Id).ToHashSet(StringComparer.Ordinal)) ?? RoleRiskWeights.Instance;
        var instance = new PlanInstanceBuilder(sources.Catalog, evaluators, data.Graph, weights).Build(candidates.Candidates, sources.Constraints, sources.Progress, sources.Settings);
        return new PreparedPlan(instance, summary);
    }

    /// <summary>Findings to the candidates (and an observer), rejected records to the caller, each assessed asset to the risk scores.</summary>
    private sealed class Sink(PlanCandidates candidates, Action<Rejection>? reject, IFindingSink? observer, RiskScoreWeights? risk) : IFindingSink, IAssessedAssetSink
    {
        public void Begin(AssessmentContext context)
        {
            candidates.Begin(context);
            observer?.Begin(context);
            risk?.Begin(context);
        }

        public void Write(Finding finding)
        {
            candidates.Write(finding);
            observer?.Write(finding);
        }

        public void Assessed(Asset asset, Attribution attribution, IReadOnlyList<Finding> findings) => risk?.Assessed(asset, attribution, findings);

        public void Reject(Rejection rejection) => reject?.Invoke(rejection);

        public void End(AssessmentSummary summary)
        {
            candidates.End(summary);
            observer?.End(summary);
            risk?.End(summary);
        }
    }
}
