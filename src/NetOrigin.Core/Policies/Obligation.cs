using NetOrigin.ReferenceData;

namespace NetOrigin.Policies;

public enum ObligationKind
{
    /// <summary>Covered items may not be present from the designation's effective date.</summary>
    Prohibited,

    /// <summary>Covered items installed (or acquired) on or after the date are not allowed.</summary>
    NoNewInstallation,

    /// <summary>Covered items must be gone by the date: action required before it, a violation after.</summary>
    RemoveBy,

    /// <summary>Covered items may be at most a share of the items in scope (a pack-level finding).</summary>
    ShareCap,
}

/// <summary>What a pack requires of covered items, and by when.</summary>
public sealed record Obligation(
    string Id,
    ObligationKind Kind,
    IReadOnlySet<string> DesignationIds,
    DateOnly? Date,
    AssetScope Scope,
    decimal? CapPercent,
    bool Binding,
    IReadOnlyList<Source> Sources,
    bool Unverified,
    string? Note)
{
    internal bool AppliesTo(Designation designation) => DesignationIds.Count == 0 || DesignationIds.Contains(designation.Id);
}
