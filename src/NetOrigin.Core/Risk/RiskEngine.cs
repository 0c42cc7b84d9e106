using NetOrigin.Assessment;
using NetOrigin.Entities;
using NetOrigin.Inventory;
using NetOrigin.ReferenceData;
using NetOrigin.Risk.Exposure;

namespace NetOrigin.Risk;

/// <summary>
/// Risk and dependency analysis, as a library call. It rides on the assessment's stream — one pass over the
/// inventory identifies each asset, evaluates the packs and feeds the risk collector — then writes the report from
/// what was collected and spooled to scratch, so memory stays flat however large the inventory. Hosts with stored
/// runs feed a <see cref="Collector"/> themselves (Begin, Assessed per asset, End) and complete it.
/// </summary>
public sealed class RiskEngine(RiskModel model, OwnershipResolver ownership, IntelligenceLawBook laws)
{
    internal RiskModel Model => model;

    public static RiskEngine For(ReferenceDataSet data, RiskModel model) => new(model, data.Ownership, data.IntelligenceLaws);

    /// <summary>A collector for one run as of <paramref name="asOf"/>, optionally under cut-offs of <paramref name="cuts"/>.</summary>
    internal RiskCollector Collector(DateOnly asOf, IScratchSpace scratch, IReadOnlyList<CutTarget>? cuts = null, Action<Rejection>? reject = null) =>
        new(model, ownership.Graph, new SupplierFactsBook(ownership, laws, asOf), cuts ?? [], asOf, scratch, reject) { IntelligenceLawData = laws.Digest };

    /// <summary>Assesses the inventory and writes its risk analysis to <paramref name="sink"/>.</summary>
    public AssessmentSummary Analyse(AssessmentRun assessment, IInventoryReader reader, AssessmentContext context, IRiskSink sink, IScratchSpace scratch, Action<Rejection>? reject = null)
    {
        using var collector = Collector(context.AsOf, scratch, null, reject);
        var summary = assessment.Run(reader, context, collector);
        collector.CompleteRisk(sink);
        return summary;
    }

    /// <summary>Assesses the inventory and writes what a cut-off of <paramref name="cuts"/> does to it to <paramref name="sink"/>.</summary>
    public AssessmentSummary Expose(AssessmentRun assessment, IInventoryReader reader, AssessmentContext context, IReadOnlyList<CutTarget> cuts, IExposureSink sink, IScratchSpace scratch, Action<Rejection>? reject = null)
    {
        using var collector = Collector(context.AsOf, scratch, cuts, reject);
        var summary = assessment.Run(reader, context, collector);
        collector.CompleteExposure(sink);
        return summary;
    }
}
