using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Assessment;

/// <summary>Where an assessment streams its results: findings as they are made, rejections as they are met.</summary>
public interface IFindingSink
{
    void Begin(AssessmentContext context);

    void Write(Finding finding);

    void Reject(Rejection rejection);

    void End(AssessmentSummary summary);

    /// <summary>
    /// Whether the sink reads the evidence of every finding (full reports, storage). Then it is built on the
    /// evaluating thread, beside the verdict; a sink that reads only a few findings' evidence (the table's examples)
    /// says no, and evidence is built only for the findings whose evidence is read.
    /// </summary>
    bool ReadsAllEvidence => true;
}
