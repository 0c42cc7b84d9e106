using System.Globalization;

namespace NetOrigin.Entities;

/// <summary>
/// Checks a loaded graph for what the loader cannot reject line by line: names two organisations share, owners
/// holding more than all of a company on some day, and (as a safety net for every way a graph is built) unsourced
/// facts, dangling ids, unordered dates and shares outside 0–100.
/// </summary>
public static class OrganisationDataCheck
{
    public static IReadOnlyList<DataIssue> Check(OrganisationGraph graph)
    {
        var issues = new List<DataIssue>();
        CheckEdges(graph, issues);
        CheckShareTotals(graph, issues);
        CheckControlConflicts(graph, issues);
        CheckNameCollisions(graph, issues);
        CheckBrandCollisions(graph, issues);
        return issues;
    }

    private static void CheckEdges(OrganisationGraph graph, List<DataIssue> issues)
    {
        foreach (var edge in graph.Edges)
        {
            if (edge.Sources.Count == 0)
            {
                issues.Add(Error(edge.DefinedAt, "ownership edge has no source"));
            }

            foreach (var id in new[] { edge.OwnerId, edge.OwnedId }.Where(id => !graph.TryGet(id, out _)))
            {
                issues.Add(Error(edge.DefinedAt, $"'{id}' is not a known organisation id"));
            }

            if (edge.From is { } from && edge.To is { } to && from >= to)
            {
                issues.Add(Error(edge.DefinedAt, $"'from' {Day(from)} is not before 'to' {Day(to)}"));
            }

            if (edge.Share is < 0 or > 100)
            {
                issues.Add(Error(edge.DefinedAt, $"share {edge.Share} is outside 0–100"));
            }
        }

        foreach (var organisation in graph.Organisations.Where(o => o.Sources.Count == 0))
        {
            issues.Add(Error(organisation.DefinedAt, $"organisation '{organisation.Id}' has no source"));
        }
    }

    /// <summary>On each day an edge starts, the shares held in one company must not add up to more than 100.</summary>
    private static void CheckShareTotals(OrganisationGraph graph, List<DataIssue> issues)
    {
        foreach (var owned in graph.Organisations)
        {
            var edges = graph.OwnersOf(owned.Id).Where(e => e.Share is not null).ToList();
            var days = edges.Select(e => e.From ?? DateOnly.MinValue).Distinct();
            foreach (var day in days)
            {
                var holding = edges.Where(e => e.HoldsOn(day)).ToList();
                var total = holding.Sum(e => e.Share!.Value);
                if (total > 100m)
                {
                    var when = day == DateOnly.MinValue ? "with no start date" : $"on {Day(day)}";
                    issues.Add(Error(holding[^1].DefinedAt, $"shares in '{owned.Id}' add up to {total.ToString("0.##", CultureInfo.InvariantCulture)}% {when} ({string.Join(", ", holding.Select(e => e.DefinedAt))})"));
                    break;
                }
            }
        }
    }

    /// <summary>Two owners controlling one company on the same day is possible (a joint control pact) but usually a data slip.</summary>
    private static void CheckControlConflicts(OrganisationGraph graph, List<DataIssue> issues)
    {
        foreach (var owned in graph.Organisations)
        {
            var controlling = graph.OwnersOf(owned.Id).Where(e => e.Controls).ToList();
            foreach (var day in controlling.Select(e => e.From ?? DateOnly.MinValue).Distinct())
            {
                var holding = controlling.Where(e => e.HoldsOn(day)).ToList();
                if (holding.Select(e => e.OwnerId).Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    issues.Add(new DataIssue(DataIssueSeverity.Warning, holding[^1].DefinedAt, $"'{owned.Id}' has {holding.Count} controlling owners at once ({string.Join(", ", holding.Select(e => $"{e.OwnerId} at {e.DefinedAt}"))}); the resolution follows all of them"));
                    break;
                }
            }
        }
    }

    /// <summary>A brand name owned by two organisations over overlapping dates resolves to whichever comes first.</summary>
    private static void CheckBrandCollisions(OrganisationGraph graph, List<DataIssue> issues)
    {
        foreach (var group in graph.Brands.GroupBy(b => OrganisationNames.Key(b.Name), StringComparer.Ordinal))
        {
            var brands = group.ToList();
            for (var i = 0; i < brands.Count; i++)
            {
                for (var j = i + 1; j < brands.Count; j++)
                {
                    var (a, b) = (brands[i], brands[j]);
                    var overlap = (a.From is null || b.To is null || a.From < b.To) && (b.From is null || a.To is null || b.From < a.To);
                    if (a.OwnerId != b.OwnerId && overlap)
                    {
                        issues.Add(new DataIssue(DataIssueSeverity.Warning, b.DefinedAt, $"brand '{b.Name}' of {b.OwnerId} overlaps brand '{a.Name}' of {a.OwnerId} at {a.DefinedAt}; give them dates"));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Two organisations answering to the same strict name key (OrganisationNames.Key) make that name resolve to
    /// neither; this is allowed (some names really are shared) but reported so it is a decision, not an accident.
    /// </summary>
    private static void CheckNameCollisions(OrganisationGraph graph, List<DataIssue> issues)
    {
        var byKey = new Dictionary<string, List<(Organisation Organisation, string Name)>>(StringComparer.Ordinal);
        foreach (var organisation in graph.Organisations)
        {
            foreach (var name in NamesOf(organisation))
            {
                var key = OrganisationNames.Key(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                if (!list.Any(e => ReferenceEquals(e.Organisation, organisation)))
                {
                    list.Add((organisation, name));
                }
            }
        }

        foreach (var (key, holders) in byKey.Where(kv => kv.Value.Count > 1).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var who = string.Join(", ", holders.Select(h => $"'{h.Name}' of {h.Organisation.Id} ({h.Organisation.DefinedAt})"));
            issues.Add(new DataIssue(DataIssueSeverity.Warning, holders[^1].Organisation.DefinedAt, $"name key '{key}' is shared by {who}; it resolves to none of them"));
        }
    }

    private static IEnumerable<string> NamesOf(Organisation organisation) =>
        new[] { organisation.Name, organisation.CommonName }.OfType<string>().Concat(organisation.Aliases);

    private static DataIssue Error(string where, string message) => new(DataIssueSeverity.Error, where, message);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
