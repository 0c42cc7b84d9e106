using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Policies.Approval;
using NetOrigin.Policies.Waivers;

namespace NetOrigin.Assessment;

/// <summary>
/// The main job: stream inventory records through identification and every policy pack into a sink. Each record is
/// counted as accepted or rejected; nothing is held beyond the record in hand and the summary. Each finding then
/// meets the approved-manufacturers list (for packs that require one) and the waivers; share caps are counted as
/// records pass and closed as pack-level findings at the end.
/// </summary>
public sealed class AssessmentRun(
    ManufacturerIdentifier identifier,
    IReadOnlyList<PolicyEvaluator> evaluators,
    WaiverBook? waivers = null,
    ApprovedList? approved = null)
{
    public AssessmentSummary Run(IInventoryReader reader, AssessmentContext context, IFindingSink sink)
    {
        var summary = new AssessmentSummary();
        var caps = evaluators
            .SelectMany(e => e.Pack.Obligations.Where(o => o.Kind == ObligationKind.ShareCap).Select(o => new ShareCapTally(e.Pack, o)))
            .ToDictionary(t => (t.Pack.Id, t.Obligation.Id));
        sink.Begin(context);
        foreach (var record in RecordPipeline.ReadAhead(reader))
        {
            summary.Records.Count(record);
            if (record.Asset is not { } asset)
            {
                sink.Reject(record.Rejection!);
                continue;
            }

            var identification = identifier.Identify(asset, context.AsOf);
            summary.RecordAttribution(identification);
            foreach (var evaluator in evaluators)
            {
                var finding = evaluator.Evaluate(asset, identification, context.AsOf);
                foreach (var hit in finding.ShareCaps)
                {
                    caps[(finding.PackId, hit.ObligationId)].Count(hit);
                }

                finding = ApprovedList.Check(approved, evaluator.Pack, finding, context.AsOf);
                finding = waivers?.Apply(finding, context.AsOf) ?? finding;
                summary.RecordFinding(finding);
                sink.Write(finding);
            }
        }

        foreach (var tally in caps.Values)
        {
            summary.RecordPackFinding(tally.Close(context.AsOf));
        }

        sink.End(summary);
        return summary;
    }
}
