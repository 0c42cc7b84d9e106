namespace NetOrigin.Planning.Progress;

/// <summary>
/// Where the replacement of one item stands. New equipment usually goes in (replaced) before the old comes out
/// (removed), since both run in parallel during cut-over; disposal needs the removal, verification needs all three.
/// </summary>
public enum TaskState
{
    Planned,
    Ordered,
    Replaced,
    Removed,
    Disposed,
    Verified,
}

public static class TaskStateNames
{
    public static string Name(this TaskState state) => state.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out TaskState state)
    {
        foreach (var candidate in Enum.GetValues<TaskState>())
        {
            if (candidate.Name() == text.Trim().ToLowerInvariant())
            {
                state = candidate;
                return true;
            }
        }

        state = default;
        return false;
    }

    public const string All = "planned, ordered, replaced, removed, disposed, verified";
}

/// <summary>One recorded step: an item reached a state on a date, recorded by someone, with what it cost.</summary>
public sealed record ProgressEvent(string AssetId, TaskState State, DateOnly Date, string By, decimal? Cost, string? Note, long Line);

/// <summary>The states an item has reached, each with the event that recorded it.</summary>
public sealed class TaskProgress(string assetId)
{
    private readonly Dictionary<TaskState, ProgressEvent> _reached = [];

    internal string AssetId { get; } = assetId;

    internal IReadOnlyDictionary<TaskState, ProgressEvent> Reached => _reached;

    internal bool Has(TaskState state) => _reached.ContainsKey(state);

    internal DateOnly? DateOf(TaskState state) => _reached.TryGetValue(state, out var e) ? e.Date : null;

    /// <summary>The furthest state reached in the order planned → verified.</summary>
    internal TaskState Current => _reached.Count == 0 ? TaskState.Planned : _reached.Keys.Max();

    /// <summary>Removed (the rule's obligation met) or further.</summary>
    internal bool RemovalDone => Has(TaskState.Removed) || Has(TaskState.Disposed) || Has(TaskState.Verified);

    /// <summary>Nothing left to do.</summary>
    internal bool Finished => Has(TaskState.Verified) || (Has(TaskState.Disposed) && Has(TaskState.Replaced));

    internal decimal Spent => _reached.Values.Sum(e => e.Cost ?? 0m);

    internal void Record(ProgressEvent e) => _reached[e.State] = e;
}
