namespace NetOrigin.Entities;

/// <summary>
/// Who controls an organisation on a date: the path of controlling owners from the organisation up to its ultimate
/// controller. <see cref="Links"/>[0] is the organisation itself (with no edge); each later link is the owner that
/// controls the one before, with the edge that says so.
/// </summary>
public sealed record ControlChain(DateOnly AsOf, IReadOnlyList<ControlLink> Links, IReadOnlyList<string> Notes)
{
    public Organisation Subject => Links[0].Organisation;
    public Organisation UltimateController => Links[^1].Organisation;

    /// <summary>The states that control the organisation through this chain (state bodies on it).</summary>
    public IEnumerable<string> ControllingStates => Links
        .Where(l => l.Organisation.IsStateBody && l.Organisation.State is not null)
        .Select(l => l.Organisation.State!)
        .Distinct(StringComparer.Ordinal);

    public bool HasUnverifiedLink => Links.Any(l => l.Via?.Unverified == true);
}

/// <summary>One organisation on a control chain and the edge by which it controls the previous one.</summary>
public sealed record ControlLink(Organisation Organisation, OwnershipEdge? Via);
