namespace NetOrigin.Inventory;

/// <summary>
/// One record's values as a connector (NetBox, CycloneDX, Nmap, SNMP) gathers them, each with where it was read,
/// handed to the one validating asset factory (<see cref="AssetFactory"/>) in the <see cref="AssetFields"/> text
/// readers use, with each value's origin beside it. The first value of a field
/// wins; later observations of an identifier (a second banner, another CPE) are kept as further identifiers, and
/// MAC addresses accumulate.
/// </summary>
public sealed class FieldValues
{
    /// <summary>Bound on MAC addresses and extra identifiers per record, so a hostile source cannot grow one without limit.</summary>
    public const int MaxValuesPerField = 256;

    private readonly AssetFields _fields = new();
    private readonly string?[] _origins = new string?[FieldCatalog.FieldCount];
    private readonly int[] _counts = new int[FieldCatalog.FieldCount];
    private List<Identifier>? _more;

    public string? this[InventoryField field] => _fields[field];

    /// <summary>
    /// Records <paramref name="value"/> (trimmed; empty and placeholder values mean absent) for <paramref name="field"/>,
    /// read at <paramref name="origin"/>. Returns whether the value was kept.
    /// </summary>
    public bool Set(InventoryField field, string? value, string? origin = null)
    {
        value = value is null ? null : ColumnMap.Clean(value);
        if (value is null)
        {
            return false;
        }

        var i = (int)field;
        if (_fields[field] is not { } existing)
        {
            _fields.Set(field, value);
            _origins[i] = origin;
            _counts[i] = 1;
            return true;
        }

        if (existing == value || _counts[i] >= MaxValuesPerField)
        {
            return false;
        }

        if (field is InventoryField.Mac or InventoryField.Cpe)
        {
            var separator = field == InventoryField.Mac ? ';' : ' ';
            if (existing.Split(separator).Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }

            _fields.Values[i] = existing + separator + value;
            _origins[i] = origin is null ? _origins[i] : _origins[i] is null ? origin : $"{_origins[i]}; {origin}";
            _counts[i]++;
            return true;
        }

        if (FieldCatalog.IdentifierKindOf(field) is { } kind)
        {
            _more ??= [];
            if (_more.Exists(m => m.Kind == kind && m.Value == value))
            {
                return false;
            }

            _more.Add(new Identifier(kind, value) { Origin = origin });
            _counts[i]++;
            return true;
        }

        return false;
    }

    /// <summary>
    /// As <see cref="Set"/>, but only when the value is valid for the field (<see cref="AssetFactory.Accepts"/>): for
    /// terms from a source's own taxonomy that may or may not be in ours (a NetBox device role, a circuit type).
    /// </summary>
    public bool SetIfValid(InventoryField field, string? value, string? origin = null)
    {
        var clean = value is null ? null : ColumnMap.Clean(value);
        return clean is not null && AssetFactory.Accepts(field, clean) && Set(field, clean, origin);
    }

    /// <summary>The record: an asset when the values are valid, otherwise a rejection naming why.</summary>
    public InventoryRecord Build(SourceLocation source, string excerpt) =>
        AssetFactory.TryCreate(_fields.Values, _origins, _more, source, out var asset, out var reason)
            ? InventoryRecord.Accept(asset!)
            : InventoryRecord.Reject(new Rejection(source, reason!, excerpt));
}
