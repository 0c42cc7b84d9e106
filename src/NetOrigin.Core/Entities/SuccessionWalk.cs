namespace NetOrigin.Entities;

/// <summary>
/// Follows succession events from a maker to the organisation that stands behind its products on a date.
/// A whole-company event (acquired, merged, renamed) ends the predecessor, so the latest one is followed. A product
/// line that passed on later still is followed when it is the only one (Compaq's servers went with HP's enterprise
/// business), since the predecessor's name lives on only as that line; when its lines went several ways the walk
/// follows the company event and notes the split (Foundry: Brocade, whose routers went to Extreme and campus
/// switches to Ruckus). Product lines and spin-offs of a company that goes on (IBM's PC and x86 server sales, HP's
/// split) are recorded but never followed: the company still answers for its own name.
/// </summary>
internal static class SuccessionWalk
{
    private const int MaxSteps = 16;

    public static SuccessionPath Follow(OrganisationGraph graph, Organisation organisation, DateOnly date)
    {
        var current = organisation;
        List<SuccessionStep>? steps = null;
        string? split = null;
        var visited = new HashSet<string>(StringComparer.Ordinal) { organisation.Id };
        for (var step = 0; step < MaxSteps; step++)
        {
            // A product line that was carried here moves on with the line's next sale (Bay's switches went to
            // Avaya with Nortel's enterprise unit, then to Extreme with Avaya's networking).
            var arrivedAsLine = steps is { Count: > 0 } && steps[^1].Event.Kind == SuccessionKind.ProductLine ? steps[^1].Event.Date : (DateOnly?)null;
            var (whole, next) = NextStep(graph, graph.SuccessionsFrom(current.Id), date, arrivedAsLine, out var stepSplit);
            split ??= stepSplit;
            if (next is null || !visited.Add(next.SuccessorId) || !graph.TryGet(next.SuccessorId, out var successor))
            {
                break;
            }

            // A line followed after its company's end passes through that end: "acquired by HP, line passed to HPE".
            if (whole is not null && !ReferenceEquals(whole, next) && graph.TryGet(whole.SuccessorId, out var buyer))
            {
                (steps ??= []).Add(new SuccessionStep(whole, buyer));
            }

            (steps ??= []).Add(new SuccessionStep(next, successor));
            current = successor;
        }

        return new SuccessionPath(current, steps is null ? [] : steps, split);
    }

    /// <summary>The step to follow from one organisation, and the whole-company event it comes after (if any).</summary>
    private static (SuccessionEvent? Whole, SuccessionEvent? Next) NextStep(OrganisationGraph graph, IReadOnlyList<SuccessionEvent> events, DateOnly date, DateOnly? arrivedAsLine, out string? split)
    {
        split = null;
        SuccessionEvent? whole = null;
        foreach (var e in events)
        {
            if (e.Date <= date && e.Kind is SuccessionKind.Acquired or SuccessionKind.Merged or SuccessionKind.Renamed)
            {
                whole = e;
            }
        }

        // Product lines are followed after the company's own end, or after the line itself arrived here.
        var after = whole?.Date ?? arrivedAsLine;
        if (after is null)
        {
            return (null, null);
        }

        var lines = events.Where(e => e.Kind == SuccessionKind.ProductLine && e.Date > after && e.Date <= date).ToList();
        if (lines.Count > 1)
        {
            split = "its product lines passed to " + string.Join(", ", lines.Select(e => $"{(graph.TryGet(e.SuccessorId, out var o) ? o.DisplayName : e.SuccessorId)} ({e.Date:yyyy-MM-dd}{(e.Scope is null ? "" : ", " + e.Scope)})"));
        }

        return (whole, lines.Count == 1 ? lines[0] : whole);
    }
}
