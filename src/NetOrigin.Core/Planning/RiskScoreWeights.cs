using NetOrigin.Assessment;
using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Reports.Risk;
using NetOrigin.Risk;

namespace NetOrigin.Planning;

/// <summary>
/// The risk engine's per-asset scores as plan weights. It rides on the plan's own assessment pass (a finding sink
/// that also takes each assessed asset), so the inventory is read once; <see cref="Complete"/> then scores the
/// assets and keeps the scores of the items to replace. An item weighs its score's upper bound — each criterion
/// the model could not assess counted at its worst — so a plan never puts off what could not be assessed.
/// </summary>
public sealed class RiskScoreWeights : IFindingSink, IAssessedAssetSink, IDisposable
{
    private readonly RiskCollector _collector;
    private readonly RiskModel _model;

    public RiskScoreWeights(RiskEngine engine, DateOnly asOf, IScratchSpace scratch)
    {
        _model = engine.Model;
        _collector = engine.Collector(asOf, scratch);
    }

    public void Begin(AssessmentContext context) => _collector.Begin(context);

    public void Write(Finding finding) => _collector.Write(finding);

    public void Assessed(Asset asset, Attribution attribution, IReadOnlyList<Finding> findings) => _collector.Assessed(asset, attribution, findings);

    public void Reject(Rejection rejection)
    {
        // The plan's own sink records rejections; the scores only need the accepted assets.
    }

    public void End(AssessmentSummary summary) => _collector.End(summary);

    /// <summary>Scores the assessed assets and returns the weights of <paramref name="assetIds"/>; others fall back to their role.</summary>
    public ScoredItemWeights Complete(IReadOnlySet<string> assetIds)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        _collector.CompleteRisk(new RiskSinks.Assets(asset =>
        {
            if (assetIds.Contains(asset.Id))
            {
                scores[asset.Id] = (double)asset.Score.Upper;
            }
        }));
        return new ScoredItemWeights(scores, $"risk score ({_model.Id} {_model.Version}, unknown criteria at their worst)", RoleRiskWeights.Instance);
    }

    public void Dispose() => _collector.Dispose();
}
