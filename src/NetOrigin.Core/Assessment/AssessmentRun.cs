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
        var perAsset = sink as IAssessedAssetSink;

        // Four stages on two cores: parsing, identification, evaluation, then counting and writing here.
        var records = Pipeline.Ahead(reader.Read(), "reader");
        var identified = Pipeline.Ahead(Identify(records, context), "identifier");
        foreach (var (record, attribution, findings) in Pipeline.Ahead(Evaluate(identified, context, sink.ReadsAllEvidence), "evaluator"))
        {
            summary.Records.Count(record);
            if (record.Asset is null)
            {
                sink.Reject(record.Rejection!);
                continue;
            }

            summary.RecordAttribution(attribution!);
            perAsset?.Assessed(record.Asset, attribution!, findings);
            foreach (var finding in findings)
            {
                foreach (var hit in finding.ShareCaps)
                {
                    caps[(finding.PackId, hit.ObligationId)].Count(hit);
                }

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

    private IEnumerable<(InventoryRecord Record, Attribution? Attribution)> Identify(IEnumerable<InventoryRecord> records, AssessmentContext context)
    {
        foreach (var record in records)
        {
            yield return (record, record.Asset is { } asset ? identifier.Identify(asset, context.AsOf) : null);
        }
    }

    private IEnumerable<(InventoryRecord Record, Attribution? Attribution, Finding[] Findings)> Evaluate(IEnumerable<(InventoryRecord Record, Attribution? Attribution)> identified, AssessmentContext context, bool buildEvidence)
    {
        foreach (var (record, identification) in identified)
        {
            if (record.Asset is not { } asset || identification is not { } attribution)
            {
                yield return (record, null, []);
                continue;
            }

            // What no pack changes (identifier and owner steps, the owner chain, the operator's standing) is built
            // once per asset and shared by every pack's finding; each evaluator builds it itself only when it
            // reads other organisation data than the first.
            var findings = new Finding[evaluators.Count];
            var facts = evaluators.Count == 0 ? null : evaluators[0].Facts.Build(asset, attribution, context.AsOf);
            for (var i = 0; i < findings.Length; i++)
            {
                var evaluator = evaluators[i];
                var finding = evaluator.Facts == evaluators[0].Facts ? evaluator.Evaluate(facts!, context.AsOf) : evaluator.Evaluate(asset, attribution, context.AsOf);
                finding = ApprovedList.Check(approved, evaluator.Pack, finding, context.AsOf);
                findings[i] = waivers?.Apply(finding, context.AsOf) ?? finding;
                if (buildEvidence)
                {
                    _ = findings[i].Evidence.Count;
                }
            }

            yield return (record, attribution, findings);
        }
    }
}
