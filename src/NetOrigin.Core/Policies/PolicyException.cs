using NetOrigin.ReferenceData;

namespace NetOrigin.Policies;

/// <summary>A carve-out: designated items in this scope are exempt (e.g. §889's backhaul, roaming, interconnection).</summary>
public sealed record PolicyException(
    string Id,
    IReadOnlySet<string> DesignationIds,
    AssetScope When,
    IReadOnlyList<Source> Sources,
    bool Unverified,
    string? Note)
{
    internal bool AppliesTo(Designation designation) => DesignationIds.Count == 0 || DesignationIds.Contains(designation.Id);
}
