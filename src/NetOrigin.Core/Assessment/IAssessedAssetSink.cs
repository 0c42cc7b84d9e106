using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Assessment;

/// <summary>
/// A sink that also wants each accepted asset once, with its attribution and all its findings together (risk and
/// dependency analysis read them per asset, and need assets even when no pack is evaluated).
/// </summary>
public interface IAssessedAssetSink
{
    void Assessed(Asset asset, Attribution attribution, IReadOnlyList<Finding> findings);
}
