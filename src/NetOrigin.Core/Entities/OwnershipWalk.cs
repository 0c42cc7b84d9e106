using System.Globalization;

namespace NetOrigin.Entities;

/// <summary>
/// Walks a graph upwards from one organisation on one date, collecting every path and the controlling tops.
/// Depth and the number of paths are bounded so that bad user data cannot make it run away.
/// </summary>
internal sealed class OwnershipWalk
{
    /// <summary>Real groups have a handful of paths; far more means a data error, and the walk stops there.</summary>
    internal const int MaxPaths = 500;

    private readonly OwnershipResolver _resolver;
    private readonly OrganisationGraph _graph;
    private readonly DateOnly _asOf;
    private readonly Organisation _subject;
    private readonly List<OwnershipPath> _paths = [];
    private readonly List<string> _notes = [];
    private readonly HashSet<OwnershipEdge> _notedEdges = [];
    private readonly HashSet<string> _notedOrganisations = new(StringComparer.Ordinal);

    private int _controlVisits;

    private OwnershipWalk(OwnershipResolver resolver, Organisation subject, DateOnly asOf)
    {
        _resolver = resolver;
        _graph = resolver.Graph;
        _subject = subject;
        _asOf = asOf;
    }

    public static OwnershipResolution Resolve(OwnershipResolver resolver, string organisationId, DateOnly asOf)
    {
        var subject = resolver.Graph[organisationId];
        var walk = new OwnershipWalk(resolver, subject, asOf);
        walk.WalkPaths(subject, [], new HashSet<string>(StringComparer.Ordinal) { subject.Id });
        var tops = new List<(Organisation Top, double Confidence)>();
        var controlled = new List<Organisation>();
        walk.WalkControl(subject, 1.0, new HashSet<string>(StringComparer.Ordinal) { subject.Id }, tops, controlled);
        var controllers = tops.Select(t => t.Top).DistinctBy(o => o.Id).ToList();
        var states = controlled.Where(o => o.IsStateBody && o.State is not null).Select(o => o.State!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (walk._paths.Count == 0 && !walk.NoteMissingOwner(subject))
        {
            walk._notes.Add($"no owner of {subject.DisplayName} is recorded; it is its own ultimate controller");
        }

        var paths = walk._paths
            .OrderByDescending(p => p.ControllingLength)
            .ThenByDescending(p => p.EffectiveShare ?? -1m)
            .ToList();
        var chain = resolver.ControlChainOf(organisationId, asOf);
        return new OwnershipResolution(subject, asOf, paths, controllers, states, tops.Count == 0 ? 1.0 : tops.Min(t => t.Confidence), walk._notes, chain);
    }

    private IEnumerable<OwnershipEdge> OwnersOn(string id) =>
        _graph.OwnersOf(id).Where(e => e.HoldsOn(_asOf));

    private void WalkPaths(Organisation current, List<OwnershipStep> steps, HashSet<string> onPath)
    {
        if (_paths.Count >= MaxPaths)
        {
            return;
        }

        var owners = OwnersOn(current.Id).ToList();
        if (owners.Count == 0)
        {
            if (steps.Count > 0)
            {
                NoteMissingOwner(current);
                _paths.Add(new OwnershipPath(_subject, [.. steps], PathEnd.Root));
            }

            return;
        }

        foreach (var edge in owners)
        {
            NoteShareless(edge);
            var owner = _graph[edge.OwnerId];
            steps.Add(new OwnershipStep(owner, edge));
            if (!onPath.Add(owner.Id))
            {
                _notes.Add($"ownership cycle: {string.Join(" ← ", new[] { _subject }.Concat(steps.Select(s => s.Owner)).Select(o => o.DisplayName))}; path cut");
                _paths.Add(new OwnershipPath(_subject, [.. steps], PathEnd.Cycle));
            }
            else if (steps.Count >= OwnershipResolver.MaxDepth)
            {
                _notes.Add($"path through {owner.DisplayName} is longer than {OwnershipResolver.MaxDepth} links; cut");
                _paths.Add(new OwnershipPath(_subject, [.. steps], PathEnd.DepthLimit));
                onPath.Remove(owner.Id);
            }
            else
            {
                WalkPaths(owner, steps, onPath);
                onPath.Remove(owner.Id);
            }

            steps.RemoveAt(steps.Count - 1);
            if (_paths.Count >= MaxPaths)
            {
                Note("#path-limit", $"more than {MaxPaths} ownership paths; the rest are not shown");
                return;
            }
        }
    }

    /// <summary>Follows controlling edges only; an organisation with no controlling owner (left) is a top.</summary>
    private void WalkControl(Organisation current, double confidence, HashSet<string> onPath, List<(Organisation, double)> tops, List<Organisation> controlled)
    {
        controlled.Add(current);
        if (++_controlVisits > MaxPaths)
        {
            Note("#control-limit", $"more than {MaxPaths} controlling links; the walk stopped at {current.DisplayName}");
            tops.Add((current, confidence));
            return;
        }

        var controlling = _resolver.ControllingOwners(current.Id, _asOf);
        if (controlling.Count > 1)
        {
            Note(current.Id + "#conflict", $"{current.DisplayName} has {controlling.Count} controlling owners on {Day(_asOf)} ({string.Join(", ", controlling.Select(e => _graph[e.OwnerId].DisplayName))}); all are followed");
        }

        var followed = 0;
        foreach (var edge in controlling)
        {
            if (onPath.Count >= OwnershipResolver.MaxDepth || !onPath.Add(edge.OwnerId))
            {
                continue;
            }

            followed++;
            WalkControl(_graph[edge.OwnerId], edge.Unverified ? confidence * OwnershipPath.UnverifiedEdgeFactor : confidence, onPath, tops, controlled);
            onPath.Remove(edge.OwnerId);
        }

        if (followed == 0)
        {
            tops.Add((current, confidence));
        }
    }

    private void NoteShareless(OwnershipEdge edge)
    {
        if (edge.Share is null && _notedEdges.Add(edge))
        {
            var basis = edge.ExplicitControl ? "control is stated explicitly" : "no control is recorded";
            _notes.Add($"{_graph[edge.OwnerId].DisplayName} holds {_graph[edge.OwnedId].DisplayName} with no share recorded ({basis}; {edge.DefinedAt})");
        }
    }

    /// <summary>Records that an organisation's ownership on the date is missing when the data knows it on other dates.</summary>
    private bool NoteMissingOwner(Organisation organisation)
    {
        var edges = _graph.OwnersOf(organisation.Id);
        if (edges.Count == 0)
        {
            return false;
        }

        var ended = edges.Where(e => e.To is { } to && to <= _asOf).Select(e => e.To!.Value).DefaultIfEmpty().Max();
        var starts = edges.Where(e => e.From is { } from && from > _asOf).Select(e => e.From!.Value).DefaultIfEmpty().Min();
        var text = ended != default
            ? $"owners of {organisation.DisplayName} are recorded only until {Day(ended)}; who owned it on {Day(_asOf)} is not in the data"
            : $"owners of {organisation.DisplayName} are recorded only from {Day(starts)}; who owned it on {Day(_asOf)} is not in the data";
        Note(organisation.Id + "#missing", text);
        return true;
    }

    private void Note(string key, string text)
    {
        if (_notedOrganisations.Add(key))
        {
            _notes.Add(text);
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
