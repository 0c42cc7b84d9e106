using System.Collections.Concurrent;
using NetOrigin.Entities;

namespace NetOrigin.Identification;

/// <summary>
/// Resolves the names inventories, registries and banners use ("HUAWEI TECHNOLOGIES CO.,LTD", "Hikvision",
/// "EZVIZ", "中兴通讯") to organisations in the graph: exact names and aliases first, brands next, then looser keys
/// that drop generic words and place prefixes. A loose key shared by two organisations resolves to neither.
/// </summary>
public sealed class OrganisationResolver
{
    private const int MaxCachedNames = 100_000;
    private readonly Dictionary<string, Organisation?> _strict = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Organisation?> _loose = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _ownGenericWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Brand>> _brandsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Brand>> _brandsByLooseKey = new(StringComparer.Ordinal);
    private readonly Dictionary<long, Organisation> _byAsn = [];
    private readonly ConcurrentDictionary<string, Candidates> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Organisation> _distinctive = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Organisation> _unlisted = new(StringComparer.Ordinal);

    internal OrganisationResolver(OrganisationGraph graph)
    {
        Graph = graph;
        foreach (var organisation in graph.Organisations)
        {
            var own = _ownGenericWords[organisation.Id] = new HashSet<string>(OrganisationNames.AlwaysDroppable, StringComparer.Ordinal);
            foreach (var name in NamesOf(organisation))
            {
                var keys = OrganisationNames.Analyse(name);
                AddUnique(_strict, keys.Strict, organisation);
                AddLoose(keys.Core, organisation);
                own.UnionWith(keys.DroppedGeneric);
            }

            foreach (var name in NamesOf(organisation))
            {
                AddDistinctive(OrganisationNames.Key(name), organisation);
            }

            foreach (var asn in organisation.Asns)
            {
                _byAsn.TryAdd(asn, organisation);
            }
        }

        foreach (var brand in graph.Brands)
        {
            AddDistinctive(OrganisationNames.Key(brand.Name), graph[brand.OwnerId]);
            Append(_brandsByKey, OrganisationNames.Key(brand.Name), brand);
            Append(_brandsByLooseKey, OrganisationNames.CoreKey(brand.Name), brand);
        }
    }

    internal OrganisationGraph Graph { get; }

    /// <summary>
    /// The organisation that stands behind a name on <paramref name="asOf"/>, or null: the named company (brands change
    /// hands), carried along its succession events to today's maker (or the maker on the date).
    /// </summary>
    public NameResolution? Resolve(string name, DateOnly asOf) => ResolveNamed(name, asOf) is { } named ? Succeed(named, asOf) : null;

    /// <summary>The organisation a name itself means on <paramref name="asOf"/>, without following succession.</summary>
    public NameResolution? ResolveNamed(string name, DateOnly asOf)
    {
        var candidates = _cache.TryGetValue(name, out var cached) ? cached : Lookup(name);
        if (candidates.Direct is { } direct)
        {
            return new NameResolution(direct, name, candidates.Loose, null);
        }

        foreach (var brand in candidates.Brands)
        {
            if (brand.HoldsOn(asOf))
            {
                return new NameResolution(Graph[brand.OwnerId], brand.Name, candidates.Loose, brand);
            }
        }

        return null;
    }

    private NameResolution Succeed(NameResolution named, DateOnly asOf) =>
        Graph.SuccessionsFrom(named.Organisation.Id).Count == 0 ? named : named.Succeeded(SuccessionWalk.Follow(Graph, named.Organisation, asOf));

    /// <summary>
    /// Resolves a name an authoritative source gives (an IEEE or IANA registrant, a fingerprint's vendor): a known
    /// organisation, else an unlisted one named so — unless the name resembles a listed organisation ("Huawei Device
    /// (Dongguan)", "China Mobile Hong Kong") without being a known spelling of it. Such a name is returned in
    /// <paramref name="resembles"/> and resolves to nothing, so the asset stays unknown for a person to check rather
    /// than pass as the product of some unrelated company.
    /// </summary>
    internal NameResolution? ResolveRegistered(string name, DateOnly asOf, out Organisation? resembles)
    {
        resembles = null;
        if (Resolve(name, asOf) is { } known)
        {
            return known;
        }

        var key = OrganisationNames.Key(name);
        resembles = Resembling(key);
        if (resembles is not null || key.Length < 2)
        {
            return null;
        }

        if (!_unlisted.TryGetValue(key, out var organisation))
        {
            organisation = Organisation.Unlisted(name);
            if (_unlisted.Count < MaxCachedNames)
            {
                organisation = _unlisted.GetOrAdd(key, organisation);
            }
        }

        return new NameResolution(organisation, name, false, null);
    }

    /// <summary>A listed organisation whose one- or two-word name appears in the name with this strict key, if any.</summary>
    private Organisation? Resembling(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (_distinctive.TryGetValue(words[i], out var single))
            {
                return single;
            }

            if (i + 1 < words.Length && _distinctive.TryGetValue($"{words[i]} {words[i + 1]}", out var pair))
            {
                return pair;
            }
        }

        return null;
    }

    /// <summary>Short names (one or two words) by which listed organisations are known; a word shared by two is dropped.</summary>
    private void AddDistinctive(string key, Organisation organisation)
    {
        var words = key.Split(' ');
        if (words.Length > 2 || key.Length < 3 || OrganisationNames.AlwaysDroppable.Contains(key))
        {
            return;
        }

        if (_distinctive.TryGetValue(key, out var existing) && !ReferenceEquals(existing, organisation))
        {
            // Both are listed: either one is a reason to look twice, so keep the first.
            return;
        }

        _distinctive[key] = organisation;
    }

    /// <summary>The organisation that announces <paramref name="asn"/>, if known.</summary>
    internal Organisation? ResolveAsn(long asn) => _byAsn.GetValueOrDefault(asn);

    /// <summary>Strict names beat strict brands, which beat loose names, which beat loose brands.</summary>
    private Candidates Lookup(string name)
    {
        var key = OrganisationNames.Key(name);
        var result = Candidates.Empty;
        if (key.Length > 0)
        {
            if (_strict.TryGetValue(key, out var exact) && exact is not null)
            {
                result = new Candidates(exact, false, []);
            }
            else if (_brandsByKey.TryGetValue(key, out var brands))
            {
                result = new Candidates(null, false, brands);
            }
            else
            {
                var keys = OrganisationNames.Analyse(name);
                if (_loose.TryGetValue(keys.Core, out var loose) && loose is not null && LooseMatchHolds(keys, loose))
                {
                    result = new Candidates(loose, true, []);
                }
                else if (_brandsByLooseKey.TryGetValue(keys.Core, out var looseBrands) && keys.DroppedGeneric.All(OrganisationNames.AlwaysDroppable.Contains) && IsDistinctive(keys.Core))
                {
                    result = new Candidates(null, true, looseBrands);
                }
            }
        }

        if (_cache.Count < MaxCachedNames)
        {
            _cache.TryAdd(name, result);
        }

        return result;
    }

    /// <summary>
    /// A loose match must not turn a different company into a listed one ("Pacific Communications" is not Pacific
    /// Networks; "Shenzhen Honor Electronic" is not Honor Device): a one-word core must be a name the organisation
    /// itself goes by, and the generic words dropped must be ones its own names use.
    /// </summary>
    private bool LooseMatchHolds(NameKeys keys, Organisation candidate)
    {
        if (!keys.Core.Contains(' ', StringComparison.Ordinal) && !(_strict.TryGetValue(keys.Core, out var byName) && ReferenceEquals(byName, candidate)))
        {
            return false;
        }

        var own = _ownGenericWords[candidate.Id];
        return keys.DroppedGeneric.All(own.Contains);
    }

    private static bool IsDistinctive(string core) => core.Length > 2;

    /// <summary>Every name an organisation goes by: legal name, common name, aliases.</summary>
    internal static IEnumerable<string> NamesOf(Organisation organisation)
    {
        yield return organisation.Name;
        if (organisation.CommonName is not null)
        {
            yield return organisation.CommonName;
        }

        foreach (var alias in organisation.Aliases)
        {
            yield return alias;
        }
    }

    /// <summary>Adds a key; a key two organisations share maps to null (ambiguous) rather than to either.</summary>
    private static void AddUnique(Dictionary<string, Organisation?> index, string key, Organisation organisation)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (index.TryGetValue(key, out var existing) && existing is not null && !ReferenceEquals(existing, organisation))
        {
            index[key] = null;
        }
        else if (!index.ContainsKey(key))
        {
            index[key] = organisation;
        }
    }

    /// <summary>
    /// A loose key shared by a group and its operating company ("Acme Group Holdings", "Acme Networks") means the
    /// company that makes or provides things; shared by two operating companies, it means neither.
    /// </summary>
    private void AddLoose(string key, Organisation organisation)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!_loose.TryGetValue(key, out var existing))
        {
            _loose[key] = organisation;
            return;
        }

        if (existing is null || ReferenceEquals(existing, organisation))
        {
            return;
        }

        var existingOperates = Operates(existing);
        var newOperates = Operates(organisation);
        _loose[key] = existingOperates == newOperates ? null : existingOperates ? existing : organisation;
    }

    private static bool Operates(Organisation organisation) =>
        organisation.Kind is OrganisationKind.Manufacturer or OrganisationKind.Operator or OrganisationKind.ServiceProvider;

    private static void Append(Dictionary<string, List<Brand>> index, string key, Brand brand)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(brand);
    }

    private sealed record Candidates(Organisation? Direct, bool Loose, IReadOnlyList<Brand> Brands)
    {
        public static readonly Candidates Empty = new(null, false, []);
    }
}
