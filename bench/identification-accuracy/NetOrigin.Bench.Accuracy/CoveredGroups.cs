using NetOrigin.Entities;
using NetOrigin.ReferenceData;

namespace NetOrigin.Bench.Accuracy;

/// <summary>
/// The covered suppliers' groups: each named organisation and everything whose control chain reaches it on the
/// date (so HiSilicon counts with Huawei, and Honor does not after its 2020 sale).
/// </summary>
internal sealed class CoveredGroups
{
    private readonly OwnershipResolver _ownership;
    private readonly DateOnly _asOf;
    private readonly Dictionary<string, Organisation?> _rootOf = new(StringComparer.Ordinal);

    public CoveredGroups(ReferenceDataSet data, IEnumerable<string> rootIds, DateOnly asOf)
    {
        _ownership = data.Ownership;
        _asOf = asOf;
        Roots = rootIds.Select(id => data.Graph.TryGet(id.Trim(), out var o) ? o : throw new ArgumentException($"no organisation '{id}' in the graph")).ToList();
    }

    public IReadOnlyList<Organisation> Roots { get; }

    public bool Contains(Organisation organisation) => RootOf(organisation) is not null;

    public bool SameGroup(Organisation a, Organisation b) => RootOf(a) is { } root && ReferenceEquals(root, RootOf(b));

    private Organisation? RootOf(Organisation organisation)
    {
        if (!_rootOf.TryGetValue(organisation.Id, out var root))
        {
            var chain = _ownership.ControlChainOf(organisation.Id, _asOf);
            root = chain.Links.Select(l => l.Organisation).FirstOrDefault(o => Roots.Contains(o));
            _rootOf[organisation.Id] = root;
        }

        return root;
    }
}
