using NetOrigin.ReferenceData;

namespace NetOrigin.Entities;

/// <summary>How a maker's products passed to another organisation.</summary>
public enum SuccessionKind
{
    /// <summary>The whole company was bought and its products are now the buyer's (Compaq by Hewlett-Packard).</summary>
    Acquired,

    /// <summary>The company merged into another and ceased to exist on its own.</summary>
    Merged,

    /// <summary>The same company under a new name and, usually, a new id in the data.</summary>
    Renamed,

    /// <summary>One product line passed to another company; the predecessor may go on making other things.</summary>
    ProductLine,

    /// <summary>A part of the company became a company of its own; the predecessor goes on, so this is followed only when it is the predecessor's one event.</summary>
    SpunOff,
}

/// <summary>
/// "On Date, Predecessor's products passed to Successor": registries keep the names of companies that were bought,
/// merged or renamed years ago (the IANA number of SynOptics, Compaq's OUIs), so identification follows these
/// events to the maker that stands behind the products on the evaluation date.
/// </summary>
public sealed record SuccessionEvent(
    string PredecessorId,
    string SuccessorId,
    DateOnly Date,
    SuccessionKind Kind,
    string? Scope,
    IReadOnlyList<Source> Sources,
    bool Unverified,
    string DefinedAt)
{
    public string Verb => Kind switch
    {
        SuccessionKind.Acquired => "acquired by",
        SuccessionKind.Merged => "merged into",
        SuccessionKind.Renamed => "renamed",
        SuccessionKind.ProductLine => "product line passed to",
        _ => "spun off as",
    };
}

/// <summary>One event followed, and the organisation it led to.</summary>
public sealed record SuccessionStep(SuccessionEvent Event, Organisation Successor);

/// <summary>
/// Where a maker's products stand on a date: the organisation reached, the events followed to get there, and, when
/// the walk stopped at a company whose product lines went several ways, what became of them.
/// </summary>
public sealed record SuccessionPath(Organisation Current, IReadOnlyList<SuccessionStep> Steps, string? Split)
{
    public bool Moved => Steps.Count > 0;

    /// <summary>", acquired by Hewlett-Packard on 2002-05-03, …" for evidence; empty when nothing moved and nothing split.</summary>
    public string Explanation =>
        string.Concat(Steps.Select(s => $", {s.Event.Verb} {s.Successor.Name} on {s.Event.Date:yyyy-MM-dd}{(s.Event.Scope is null ? "" : $" ({s.Event.Scope})")}{(s.Event.Unverified ? " [unverified]" : "")}"))
        + (Split is null ? "" : $"; {Split}: the company is given as named");
}
