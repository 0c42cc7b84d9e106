namespace NetOrigin.Storage.Approvals;

/// <summary>
/// A waiver as requested and decided: requested by one user, approved (or rejected) by another, revocable. Only an
/// approved waiver applies to assessments, between <see cref="Granted"/> and <see cref="Expires"/>.
/// </summary>
public sealed record WaiverRecord(
    long Id,
    string Pack,
    WaiverScopeData Scope,
    string Justification,
    DateOnly Granted,
    DateOnly Expires,
    string State,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt)
{
    /// <summary>The waiver's id as evidence and reports name it.</summary>
    public string Name => $"waiver-{Id}";
}

/// <summary>What a waiver reaches, as stored (see <see cref="NetOrigin.Policies.Waivers.WaiverScope"/>).</summary>
public sealed record WaiverScopeData(
    string? Designation,
    string? Obligation,
    IReadOnlyList<string> AssetIds,
    IReadOnlyList<string> Sites,
    IReadOnlyList<string> OwnerOrgs,
    IReadOnlyList<string> Manufacturers);

public sealed record WaiverEvent(int No, string Action, string Actor, DateTimeOffset At, string? Note);

public static class WaiverStates
{
    public const string Requested = "requested";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Revoked = "revoked";
}

/// <summary>One entry of the approved-manufacturers list, at its latest version.</summary>
public sealed record ApprovedEntryRecord(
    long Id,
    int Version,
    string? Manufacturer,
    string? Product,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Categories,
    string? Conditions,
    DateOnly? Expires,
    bool Removed,
    string ChangedBy,
    DateTimeOffset ChangedAt);
