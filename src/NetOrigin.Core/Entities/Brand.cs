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
    /// <summary>A stable id for storage and evidence: the owner's id and the brand's name key, with "@from" when dated.</summary>
    public string Id => $"{OwnerId}/{OrganisationNames.Key(Name).Replace(' ', '-')}" + (From is { } from ? $"@{from:yyyy-MM-dd}" : "");

    public bool HoldsOn(DateOnly date) => Validity.Holds(From, To, date);
}
