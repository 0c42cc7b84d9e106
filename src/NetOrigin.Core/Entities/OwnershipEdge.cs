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
    public bool Controls => ExplicitControl || Share > 50m;

    public bool HoldsOn(DateOnly date) => (From is null || From <= date) && (To is null || date < To);
}
