namespace NetOrigin.Entities;

/// <summary>
/// The days on which something dated in the organisation graph starts or stops holding: succession events, brand
/// ownership, ownership edges and OEM relations. Between two such days the graph reads the same, so any answer
/// computed from it alone is the same for every date of one interval (its <see cref="Epoch"/>) — which lets a cache
/// keyed by the interval serve an inventory whose rows carry thousands of different purchase dates.
/// </summary>
internal sealed class GraphChangeDays
{
    /// <summary>Day numbers, sorted: an integer search is several times cheaper than comparing dates through an interface.</summary>
    private readonly int[] _days;

    public GraphChangeDays(OrganisationGraph graph)
    {
        var days = new HashSet<int>();
        foreach (var succession in graph.Successions)
        {
            days.Add(succession.Date.DayNumber);
        }

        foreach (var (from, to) in graph.Brands.Select(b => (b.From, b.To))
            .Concat(graph.Edges.Select(e => (e.From, e.To)))
            .Concat(graph.OemRelations.Select(r => (r.From, r.To))))
        {
            if (from is { } start)
            {
                days.Add(start.DayNumber);
            }

            if (to is { } end)
            {
                days.Add(end.DayNumber);
            }
        }

        _days = [.. days.Order()];
    }

    /// <summary>How many change days fall on or before <paramref name="date"/>: equal for two dates the graph cannot tell apart.</summary>
    public int Epoch(DateOnly date)
    {
        var index = Array.BinarySearch(_days, date.DayNumber);
        return index >= 0 ? index + 1 : ~index;
    }
}
