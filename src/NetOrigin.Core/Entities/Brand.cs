using NetOrigin.ReferenceData;

namespace NetOrigin.Entities;

/// <summary>A product name that belongs to an organisation for a time.</summary>
public sealed record Brand(
    string Name,
    string OwnerId,
    IReadOnlyList<string> Categories,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<Source> Sources,
    bool Unverified,
    string DefinedAt)
{
    public bool HoldsOn(DateOnly date) => Validity.Holds(From, To, date);
}
