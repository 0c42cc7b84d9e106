using NetOrigin.ReferenceData;

namespace NetOrigin.Entities;

/// <summary>
/// "Owner holds Share percent of Owned, from From until To (exclusive)". Control is explicit where a source says so;
/// otherwise a share above 50 percent is control.
/// </summary>
public sealed record OwnershipEdge(
    string OwnerId,
    string OwnedId,
    decimal? Share,
    bool ExplicitControl,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<Source> Sources,
    bool Unverified,
    string? Note,
    string DefinedAt)
{
    /// <summary>
    /// A stable id for storage and evidence: "owner>owned", with "@from" when the edge starts on a date. The loader
    /// refuses two overlapping edges between the same pair, so the id is unique.
    /// </summary>
    public string Id => From is { } from ? $"{OwnerId}>{OwnedId}@{from:yyyy-MM-dd}" : $"{OwnerId}>{OwnedId}";

    public bool Controls => Basis != ControlBasis.None;

    /// <summary>Why the edge is control: an explicit control fact beats a majority share.</summary>
    public ControlBasis Basis => ExplicitControl ? ControlBasis.Explicit : Share > 50m ? ControlBasis.Majority : ControlBasis.None;

    /// <summary>Whether the two edges' date ranges share a day.</summary>
    internal bool Overlaps(OwnershipEdge other) =>
        (From is null || other.To is null || From < other.To) && (other.From is null || To is null || other.From < To);

    internal bool HoldsOn(DateOnly date) => Validity.Holds(From, To, date);
}
