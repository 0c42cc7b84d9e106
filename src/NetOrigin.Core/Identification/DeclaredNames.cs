using NetOrigin.Entities;

namespace NetOrigin.Identification;

/// <summary>
/// Resolves the names people type into inventories, which often join several names: "Spacesail (Qianfan)",
/// "China Satellite Communications Co. (China Satcom)", "HPE/Aruba", "Cisco-Linksys". A name the resolver knows as
/// a whole is taken whole. Otherwise each part is resolved; parts that name one company, or a company and one it
/// controls (or whose brand it is) on the date, agree and strengthen the answer, which is the most specific of
/// them; parts that name unrelated companies disagree, and each is reported.
/// </summary>
internal sealed class DeclaredNames(OrganisationResolver resolver, OwnershipResolver? ownership = null)
{
    private const int MaxParts = 4;

    private static readonly char[] Separators = ['/', '\\', '|', '(', ')', '[', ']', ';'];

    private (GraphChangeDays Names, GraphChangeDays? Owners)? _changeDays;

    public OrganisationResolver Resolver => resolver;

    /// <summary>
    /// The interval of dates <paramref name="date"/> falls in, between days on which the graphs this reads change:
    /// <see cref="Resolve"/> gives the same answer for every date of one interval.
    /// </summary>
    internal (int Names, int Owners) Epoch(DateOnly date)
    {
        var (names, owners) = _changeDays ??= (new GraphChangeDays(resolver.Graph), ownership is null || ReferenceEquals(ownership.Graph, resolver.Graph) ? null : new GraphChangeDays(ownership.Graph));
        return (names.Epoch(date), owners?.Epoch(date) ?? 0);
    }

    public DeclaredName? Resolve(string name, DateOnly asOf)
    {
        if (resolver.Resolve(name, asOf) is { } whole)
        {
            return new DeclaredName([(whole, name)], [], []);
        }

        var parts = Parts(name);
        if (parts.Count < 2)
        {
            return null;
        }

        var resolved = new List<(NameResolution Resolution, string Part)>(parts.Count);
        var unknown = new List<string>();
        foreach (var part in parts)
        {
            if (resolver.Resolve(part, asOf) is { } resolution)
            {
                resolved.Add((resolution, part));
            }
            else
            {
                unknown.Add(part);
            }
        }

        if (resolved.Count == 0)
        {
            return null;
        }

        // Group the parts that agree around the most specific organisation among them.
        var groups = new List<List<(NameResolution Resolution, string Part)>>();
        foreach (var item in resolved)
        {
            var group = groups.Find(g => g.Exists(other => Agree(item.Resolution.Organisation, other.Resolution.Organisation, asOf)));
            if (group is null)
            {
                groups.Add([item]);
            }
            else
            {
                group.Add(item);
            }
        }

        foreach (var group in groups)
        {
            group.Sort((a, b) => Depth(b.Resolution.Organisation, asOf).CompareTo(Depth(a.Resolution.Organisation, asOf)));
        }

        return new DeclaredName(groups[0], groups.Skip(1).Select(g => g[0]).ToList(), unknown);
    }

    /// <summary>The parts of a joined name, outside and inside brackets and on either side of slashes or a joining hyphen.</summary>
    internal static List<string> Parts(string name)
    {
        var parts = new List<string>(3);
        foreach (var piece in name.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var part in piece.Split(" - ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(parts, part);
            }
        }

        // "Cisco-Linksys": one word joined by a hyphen, each side a name of its own.
        if (parts.Count == 1 && parts[0].Split('-') is { Length: 2 } halves && halves.All(h => h.Trim().Length >= 2))
        {
            parts.Clear();
            Add(parts, halves[0]);
            Add(parts, halves[1]);
        }

        return parts.Count > MaxParts ? parts[..MaxParts] : parts;
    }

    private static void Add(List<string> parts, string part)
    {
        part = part.Trim(' ', '-', '.', ':');
        if (part.Length >= 2 && !parts.Contains(part, StringComparer.OrdinalIgnoreCase))
        {
            parts.Add(part);
        }
    }

    /// <summary>One organisation, or one that controls the other on the date.</summary>
    private bool Agree(Organisation a, Organisation b, DateOnly asOf) =>
        a.Is(b) || (ownership is not null && a.Listed && b.Listed && (Controls(a, b, asOf) || Controls(b, a, asOf)));

    private bool Controls(Organisation owner, Organisation owned, DateOnly asOf) =>
        ownership!.ControlChainOf(owned.Id, asOf).Links.Any(l => l.Organisation.Is(owner));

    /// <summary>How many controlling owners stand above the organisation: the deeper, the more specific.</summary>
    private int Depth(Organisation organisation, DateOnly asOf) =>
        ownership is null || !organisation.Listed ? 0 : ownership.ControlChainOf(organisation.Id, asOf).Links.Count;
}

/// <summary>
/// A declared name resolved: the parts that agree (the first is the answer), the first part of each group that
/// disagrees with them, and the parts that matched nothing.
/// </summary>
internal sealed record DeclaredName(
    IReadOnlyList<(NameResolution Resolution, string Part)> Agreeing,
    IReadOnlyList<(NameResolution Resolution, string Part)> Disagreeing,
    IReadOnlyList<string> Unknown)
{
    public NameResolution Answer => Agreeing[0].Resolution;

    /// <summary>What the parts said, for evidence; empty for a name taken whole.</summary>
    public string PartsNote(string name)
    {
        if (Agreeing.Count == 1 && Disagreeing.Count == 0 && Unknown.Count == 0 && string.Equals(Agreeing[0].Part, name, StringComparison.Ordinal))
        {
            return "";
        }

        var said = new List<string>(3);
        if (Agreeing.Count > 1)
        {
            said.Add($"its parts {string.Join(" and ", Agreeing.Select(a => $"'{a.Part}'"))} agree on {Answer.Organisation.Name}");
        }
        else
        {
            said.Add($"its part '{Agreeing[0].Part}' names {Answer.Organisation.Name}");
        }

        foreach (var (resolution, part) in Disagreeing)
        {
            said.Add($"but '{part}' names {resolution.Organisation.Name}, an unrelated company");
        }

        if (Unknown.Count > 0)
        {
            said.Add($"{string.Join(", ", Unknown.Select(u => $"'{u}'"))} matches no known organisation");
        }

        return string.Join("; ", said);
    }
}
