using NetOrigin.Inventory;

namespace NetOrigin.Policies;

/// <summary>
/// Everything a pack's rules may read of an asset besides its installation date: the maker, the ownership epoch,
/// the evaluation date, the asset fields scopes and exceptions read, and the operator. Worked out once per asset and
/// interned (<see cref="AssetEvidenceBuilder"/>), so every pack's verdict look-up hashes one object by reference
/// instead of a dozen strings, and joins no technology list, nine times over.
/// </summary>
internal sealed class VerdictShape : IEquatable<VerdictShape>
{
    private readonly Fields _fields;
    private readonly int _hash;

    private VerdictShape(Fields fields)
    {
        _fields = fields;
        _hash = fields.GetHashCode();
    }

    internal static VerdictShape Of(Asset asset, string makerId, int epoch, DateOnly asOf, OperatorStanding? standing) => new(new Fields(
        makerId,
        epoch,
        asOf,
        asset.Kind,
        asset.Role,
        asset.Use,
        asset.ServiceType,
        asset.Provider is null,
        asset.Technologies.Count == 0 ? "" : string.Join(';', asset.Technologies),
        asset.RoutesUserData,
        asset.OriginCountry,
        standing is null ? null : standing.Operator?.Id ?? "?" + standing.NamedAs));

    public bool Equals(VerdictShape? other) => ReferenceEquals(this, other) || (other is not null && other._hash == _hash && other._fields == _fields);

    public override bool Equals(object? obj) => Equals(obj as VerdictShape);

    public override int GetHashCode() => _hash;

    private readonly record struct Fields(
        string MakerId,
        int Epoch,
        DateOnly AsOf,
        AssetKind Kind,
        AssetRole Role,
        string? Use,
        ServiceType ServiceType,
        bool NoProvider,
        string Technologies,
        bool? RoutesUserData,
        string? OriginCountry,
        string? Operator);
}
