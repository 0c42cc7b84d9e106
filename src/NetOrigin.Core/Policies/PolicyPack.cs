using NetOrigin.ReferenceData;

namespace NetOrigin.Policies;

/// <summary>A jurisdiction's rules as data: who is designated, what is covered, the exceptions and obligations.</summary>
public sealed record PolicyPack(
    string Id,
    string Title,
    string Jurisdiction,
    string Version,
    string? Summary,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Designation> Designations,
    IReadOnlyList<PolicyException> Exceptions,
    IReadOnlyList<Obligation> Obligations,
    string File)
{
    /// <summary>Whether assets in <see cref="ApprovedListScope"/> must be on the user's approved-manufacturers list.</summary>
    public bool RequiresApprovedList { get; init; }

    public AssetScope ApprovedListScope { get; init; } = AssetScope.Everything;
}
