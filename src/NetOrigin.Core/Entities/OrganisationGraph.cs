namespace NetOrigin.Entities;

/// <summary>
/// Organisations, their brands, OEM relations and ownership edges over time. Lists and rules are not here:
/// they belong to policy packs.
/// </summary>
public sealed class OrganisationGraph
{
    private readonly Dictionary<string, Organisation> _organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OwnershipEdge>> _ownersOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OwnershipEdge>> _holdingsOf = new(StringComparer.Ordinal);
    private readonly List<Brand> _brands = [];
    private readonly List<OemRelation> _oem = [];
    private readonly Dictionary<string, List<SuccessionEvent>> _successionFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SuspensionRight>> _suspensionRights = new(StringComparer.Ordinal);

    internal OrganisationGraph()
    {
    }

    public IReadOnlyCollection<Organisation> Organisations => _organisations.Values;
    public IReadOnlyList<Brand> Brands => _brands;
    public IReadOnlyList<OemRelation> OemRelations => _oem;
    public IEnumerable<OwnershipEdge> Edges => _ownersOf.Values.SelectMany(e => e);
    internal IEnumerable<SuccessionEvent> Successions => _successionFrom.Values.SelectMany(e => e);

    /// <summary>What each provider may do to the service it sells (contract, discretion or law), as sourced facts.</summary>
    internal IReadOnlyList<SuspensionRight> SuspensionRightsOf(string providerId) =>
        _suspensionRights.TryGetValue(providerId, out var rights) ? rights : [];

    public Organisation this[string id] => _organisations[id];

    public bool TryGet(string id, out Organisation organisation) => _organisations.TryGetValue(id, out organisation!);

    /// <summary>Edges in which <paramref name="ownedId"/> is owned, whatever their dates.</summary>
    internal IReadOnlyList<OwnershipEdge> OwnersOf(string ownedId) =>
        _ownersOf.TryGetValue(ownedId, out var edges) ? edges : [];

    /// <summary>Edges in which <paramref name="ownerId"/> is the owner, whatever their dates.</summary>
    internal IReadOnlyList<OwnershipEdge> HoldingsOf(string ownerId) =>
        _holdingsOf.TryGetValue(ownerId, out var edges) ? edges : [];

    internal void Add(Organisation organisation) => _organisations.Add(organisation.Id, organisation);

    /// <summary>A user's entry with <c>replaces: true</c> takes the place of the shipped one; edges keep pointing at the id.</summary>
    internal void Replace(Organisation organisation) => _organisations[organisation.Id] = organisation;

    internal void Add(OwnershipEdge edge)
    {
        Append(_ownersOf, edge.OwnedId, edge);
        Append(_holdingsOf, edge.OwnerId, edge);
    }

    internal void Add(Brand brand) => _brands.Add(brand);

    /// <summary>Events in which <paramref name="predecessorId"/>'s products passed on, in date order.</summary>
    public IReadOnlyList<SuccessionEvent> SuccessionsFrom(string predecessorId) =>
        _successionFrom.TryGetValue(predecessorId, out var events) ? events : [];

    internal void Add(SuccessionEvent succession)
    {
        if (!_successionFrom.TryGetValue(succession.PredecessorId, out var list))
        {
            _successionFrom[succession.PredecessorId] = list = [];
        }

        list.Add(succession);
        list.Sort((a, b) => a.Date.CompareTo(b.Date));
    }

    internal void Add(OemRelation relation) => _oem.Add(relation);

    internal void Add(SuspensionRight right)
    {
        if (!_suspensionRights.TryGetValue(right.ProviderId, out var list))
        {
            _suspensionRights[right.ProviderId] = list = [];
        }

        list.Add(right);
    }

    private static void Append(Dictionary<string, List<OwnershipEdge>> index, string key, OwnershipEdge edge)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(edge);
    }
}
