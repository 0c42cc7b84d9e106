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
}
