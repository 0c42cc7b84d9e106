using NetOrigin.ReferenceData;

namespace NetOrigin.Entities;

/// <summary>
/// A provider's right to restrict, suspend or end the service it sells — by its contract, by its own stated
/// discretion, or on a government's order — as a sourced fact. Cut-off exposure shows it beside the provider.
/// </summary>
public sealed record SuspensionRight(
    string ProviderId,
    SuspensionBasis Basis,
    string Summary,
    IReadOnlyList<string> Categories,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<Source> Sources,
    bool Unverified,
    string DefinedAt)
{
    internal bool HoldsOn(DateOnly date) => Validity.Holds(From, To, date);
}

/// <summary>Where a provider's right to suspend service comes from.</summary>
public enum SuspensionBasis
{
    /// <summary>Its terms of service or contract allow it.</summary>
    Contract,

    /// <summary>A source says it may act as it chooses.</summary>
    Discretion,

    /// <summary>A government can order it.</summary>
    Law,
}

internal static class SuspensionBasisNames
{
    public static string Name(this SuspensionBasis basis) => basis switch
    {
        SuspensionBasis.Contract => "contract",
        SuspensionBasis.Discretion => "discretion",
        _ => "law",
    };
}
