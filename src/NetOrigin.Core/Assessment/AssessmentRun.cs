using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Assessment;

/// <summary>
/// The main job: stream inventory records through identification and every policy pack into a sink. Each record is
/// counted as accepted or rejected; nothing is held beyond the record in hand and the summary.
/// </summary>
public sealed class AssessmentRun(ManufacturerIdentifier identifier, IReadOnlyList<PolicyEvaluator> evaluators)
{
    public AssessmentSummary Run(IInventoryReader reader, AssessmentContext context, IFindingSink sink)
    {
        var summary = new AssessmentSummary();
        sink.Begin(context);
        foreach (var record in reader.Read())
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
                summary.RecordFinding(finding);
                sink.Write(finding);
            }
        }

        sink.End(summary);
        return summary;
    }
}
