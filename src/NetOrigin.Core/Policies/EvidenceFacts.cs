using NetOrigin.Identification;
using NetOrigin.Inventory;

namespace NetOrigin.Policies;

/// <summary>
/// The data of an evidence step. Every field is optional; a step fills those that its kind is about: an identifier
/// step the inventory field and value, the organisation claimed and the registry entry or fingerprint that says
/// so; an owner step the chain's organisations and edges and the date control was judged on; a designation,
/// exception, obligation, approved-list or waiver step the id of what applied, with its dates; a verdict the status
/// and deadline.
/// </summary>
public sealed record EvidenceFacts
{
    public static readonly EvidenceFacts None = new();

    /// <summary>Organisation ids: the claimed or chosen maker, or a control chain from the maker up.</summary>
    public IReadOnlyList<string> Organisations { get; init; } = [];

    /// <summary>Ownership edge ids (<see cref="Entities.OwnershipEdge.Id"/>), from the maker up.</summary>
    public IReadOnlyList<string> Edges { get; init; } = [];

    public string? Brand { get; init; }
    public string? Designation { get; init; }
    public string? Exception { get; init; }
    public string? Obligation { get; init; }
    public string? ApprovedEntry { get; init; }
    public string? Waiver { get; init; }

    /// <summary>The inventory field an identifier step read, and its value as read.</summary>
    public InventoryField? Field { get; init; }
    public string? Value { get; init; }

    public RegistryEntryReference? Registry { get; init; }
    public FingerprintReference? Fingerprint { get; init; }

    /// <summary>
    /// The date the step is about: the day control was judged (owner), a designation's effective date, an
    /// obligation's date, an approval's expiry, a waiver's grant.
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>The end of what the step grants: a verdict's deadline, a waiver's expiry.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>A verdict's status; for a waiver, the status it set aside.</summary>
    public FindingStatus? Status { get; init; }
    public double? Confidence { get; init; }

    /// <summary>For a claim: whether it names the maker that was taken.</summary>
    public bool? Taken { get; init; }
    public string? MissingField { get; init; }

    public bool Equals(EvidenceFacts? other) =>
        other is not null
        && Organisations.SequenceEqual(other.Organisations, StringComparer.Ordinal)
        && Edges.SequenceEqual(other.Edges, StringComparer.Ordinal)
        && Brand == other.Brand
        && Designation == other.Designation
        && Exception == other.Exception
        && Obligation == other.Obligation
        && ApprovedEntry == other.ApprovedEntry
        && Waiver == other.Waiver
        && Field == other.Field
        && Value == other.Value
        && Equals(Registry, other.Registry)
        && Equals(Fingerprint, other.Fingerprint)
        && Date == other.Date
        && Until == other.Until
        && Status == other.Status
        && Confidence == other.Confidence
        && Taken == other.Taken
        && MissingField == other.MissingField;

    public override int GetHashCode() => HashCode.Combine(Organisations.Count, Designation, Obligation, Field, Value, Date, Status);
}
