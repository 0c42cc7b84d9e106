namespace NetOrigin.Entities;

/// <summary>Finds organisations whose id, names, aliases or brands contain a text, for people looking one up.</summary>
public static class OrganisationSearch
{
    public static IReadOnlyList<(Organisation Organisation, string Matched)> Find(OrganisationGraph graph, string text)
    {
        var needle = text.Trim();
        var key = OrganisationNames.Key(needle);
        if (needle.Length == 0)
        {
            return [];
        }

        var found = new Dictionary<string, (Organisation, string)>(StringComparer.Ordinal);
        foreach (var organisation in graph.Organisations)
        {
            var hit = NamesOf(organisation).FirstOrDefault(n => Contains(n.Name, needle, key));
            if (hit.Name is not null)
            {
                found[organisation.Id] = (organisation, $"{hit.What} '{hit.Name}'");
            }
        }

        foreach (var brand in graph.Brands.Where(b => Contains(b.Name, needle, key)))
        {
            found.TryAdd(brand.OwnerId, (graph[brand.OwnerId], $"brand '{brand.Name}'"));
        }

        return found.Values.OrderBy(f => f.Item1.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The organisations whose names come closest to <paramref name="text"/>, for a name that matched nothing: by
    /// edit distance between name keys (case, punctuation and legal suffixes dropped), names containing the text first.
    /// </summary>
    internal static IReadOnlyList<(Organisation Organisation, string Name)> Nearest(OrganisationGraph graph, string text, int count)
    {
        var key = OrganisationNames.Key(text.Trim());
        if (key.Length == 0)
        {
            return [];
        }

        var candidates = graph.Organisations.SelectMany(o => NamesOf(o).Select(n => (Organisation: o, n.Name)))
            .Concat(graph.Brands.Select(b => (Organisation: graph[b.OwnerId], b.Name)));
        return candidates
            .Select(c => (c.Organisation, c.Name, Distance: Distance(key, OrganisationNames.Key(c.Name))))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .DistinctBy(c => c.Organisation.Id)
            .Take(count)
            .Select(c => (c.Organisation, c.Name))
            .ToList();
    }

    /// <summary>Levenshtein distance, with a name that contains the text counted as closest.</summary>
    private static int Distance(string text, string name)
    {
        if (name.Length == 0)
        {
            return int.MaxValue;
        }

        if (name.Contains(text, StringComparison.Ordinal))
        {
            return 0;
        }

        var previous = new int[name.Length + 1];
        var current = new int[name.Length + 1];
        for (var j = 0; j <= name.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= text.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= name.Length; j++)
            {
                var substitution = previous[j - 1] + (text[i - 1] == name[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[name.Length];
    }

    /// <summary>Plain substring in any case, or the same words once punctuation and legal suffixes are dropped.</summary>
    private static bool Contains(string name, string needle, string key) =>
        name.Contains(needle, StringComparison.OrdinalIgnoreCase)
        || (key.Length > 0 && OrganisationNames.Key(name).Contains(key, StringComparison.Ordinal));

    private static IEnumerable<(string What, string Name)> NamesOf(Organisation organisation)
    {
        yield return ("name", organisation.Name);
        if (organisation.CommonName is not null)
        {
            yield return ("common name", organisation.CommonName);
        }

        foreach (var alias in organisation.Aliases)
        {
            yield return ("alias", alias);
        }

        yield return ("id", organisation.Id);
    }
}
