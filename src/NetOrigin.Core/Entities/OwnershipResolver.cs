namespace NetOrigin.Entities;

/// <summary>Answers "who controls this organisation, as of this date", following dated ownership edges.</summary>
public sealed class OwnershipResolver(OrganisationGraph graph)
{
    /// <summary>Chains longer than this are cut and reported; real ownership chains are far shorter.</summary>
    public const int MaxDepth = 16;

    internal OrganisationGraph Graph => graph;

    /// <summary>Every ownership path, the ultimate controllers and controlling states of an organisation on a date.</summary>
    internal OwnershipResolution Resolve(string organisationId, DateOnly asOf) => OwnershipWalk.Resolve(this, organisationId, asOf);

    /// <summary>
    /// The controlling chain on <paramref name="asOf"/>. Where two owners both hold control (a data conflict), the
    /// larger share is followed and the conflict is noted; cycles are cut and noted.
    /// </summary>
    public ControlChain ControlChainOf(string organisationId, DateOnly asOf)
    {
        var links = new List<ControlLink> { new(graph[organisationId], null) };
        var notes = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { organisationId };
        var current = organisationId;
        while (links.Count <= MaxDepth)
        {
            var controlling = ControllingOwners(current, asOf);
            if (controlling.Count == 0)
            {
                break;
            }

            var edge = controlling[0];
            if (controlling.Count > 1)
            {
                notes.Add($"{graph[current].Name} has {controlling.Count} controlling owners on {asOf:yyyy-MM-dd} ({string.Join(", ", controlling.Select(e => graph[e.OwnerId].Name))}); following {graph[edge.OwnerId].Name}");
            }

            if (!seen.Add(edge.OwnerId))
            {
                notes.Add($"ownership cycle at {graph[edge.OwnerId].Name}; chain cut");
                break;
            }

            links.Add(new ControlLink(graph[edge.OwnerId], edge));
            current = edge.OwnerId;
        }

        if (links.Count > MaxDepth)
        {
            notes.Add($"chain longer than {MaxDepth} links; cut");
        }

        return new ControlChain(asOf, links, notes);
    }

    /// <summary>Owners that control <paramref name="organisationId"/> on the date, largest share first.</summary>
    internal IReadOnlyList<OwnershipEdge> ControllingOwners(string organisationId, DateOnly asOf) =>
        graph.OwnersOf(organisationId)
            .Where(e => e.Controls && e.HoldsOn(asOf))
            .OrderByDescending(e => e.ExplicitControl)
            .ThenByDescending(e => e.Share ?? 0m)
            .ToList();
}
