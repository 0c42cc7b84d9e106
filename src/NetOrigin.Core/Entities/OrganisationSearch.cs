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
