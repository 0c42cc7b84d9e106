using NetOrigin.ReferenceData;

namespace NetOrigin.Entities;

/// <summary>A maker that builds products sold under another organisation's brand.</summary>
public sealed record OemRelation(
    string MakerId,
    string? BrandName,
    string? BrandOwnerId,
    IReadOnlyList<string> Categories,
    double Confidence,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<Source> Sources,
    bool Unverified,
    string DefinedAt)
{
    internal bool HoldsOn(DateOnly date) => Validity.Holds(From, To, date);
}
