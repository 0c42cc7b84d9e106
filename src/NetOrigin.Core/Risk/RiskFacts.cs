using NetOrigin.ReferenceData;

namespace NetOrigin.Risk;

/// <summary>
/// The facts behind a criterion's value, as data: organisation ids (a control chain from the maker up), ownership
/// edge ids, countries and laws, the finding that decided a listing status, counts behind a share, and the sources.
/// A field is filled only when the criterion is about it.
/// </summary>
public sealed record RiskFacts
{
    public static readonly RiskFacts None = new();

    public IReadOnlyList<string> Organisations { get; init; } = [];
    public IReadOnlyList<string> Edges { get; init; } = [];
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Laws { get; init; } = [];

    /// <summary>The inventory field the value was read from (role, routes_user_data), for asset-side criteria.</summary>
    public string? Field { get; init; }
    public string? Pack { get; init; }
    public string? Designation { get; init; }
    public string? Obligation { get; init; }
    public string? Status { get; init; }
    public DateOnly? Deadline { get; init; }

    /// <summary>For shares: the supplier's assets and the assets they are a share of.</summary>
    public long? Count { get; init; }
    public long? Of { get; init; }

    public IReadOnlyList<Source> Sources { get; init; } = [];
}
