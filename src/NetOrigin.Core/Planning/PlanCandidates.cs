using NetOrigin.Assessment;
using NetOrigin.Entities;
using NetOrigin.Inventory;
using NetOrigin.Planning.Inputs;
using NetOrigin.Policies;

namespace NetOrigin.Planning;

/// <summary>An asset the plan may replace, with the findings that call for it.</summary>
public sealed record PlanCandidate(Asset Asset, Organisation? Maker, IReadOnlyList<Finding> Findings, ItemSelection? AddedBy);

/// <summary>
/// Collects, from an assessment's findings, the assets to replace: those with a violation, or with action required
/// by a deadline, and those the user adds. Findings of one asset under several packs are kept together.
/// </summary>
public sealed class PlanCandidates(IReadOnlyList<ItemSelection> additions) : IFindingSink
{
    private readonly Dictionary<string, (Asset Asset, Organisation? Maker, List<Finding> Findings, ItemSelection? AddedBy)> _byAsset = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    internal AssessmentSummary? Summary { get; private set; }

    public IEnumerable<PlanCandidate> Candidates => _order.Select(id => _byAsset[id]).Select(c => new PlanCandidate(c.Asset, c.Maker, c.Findings, c.AddedBy));

    internal static bool CallsForReplacement(Finding finding) =>
        finding.Status == FindingStatus.Violation || (finding.Status == FindingStatus.ActionRequired && finding.Deadline is not null);

    public void Begin(AssessmentContext context)
    {
    }

    public void Write(Finding finding)
    {
        var maker = finding.Attribution.Manufacturer;
        var actionable = CallsForReplacement(finding);
        var added = actionable ? null : additions.FirstOrDefault(a => a.Selects(finding.Asset, maker?.Id));
        if (!actionable && added is null && !_byAsset.ContainsKey(finding.Asset.Id))
        {
            return;
        }

        if (!_byAsset.TryGetValue(finding.Asset.Id, out var entry))
        {
            entry = (finding.Asset, maker, [], added);
            _byAsset[finding.Asset.Id] = entry;
            _order.Add(finding.Asset.Id);
        }
        else if (entry.AddedBy is null && added is not null)
        {
            _byAsset[finding.Asset.Id] = entry with { AddedBy = added };
        }

        if (actionable)
        {
            entry.Findings.Add(finding);
        }
    }

    public void Reject(Rejection rejection)
    {
    }

    public void End(AssessmentSummary summary) => Summary = summary;
}
