namespace NetOrigin.Risk;

/// <summary>Which side of a dependency a criterion judges: the supplier (by its controller) or the asset itself.</summary>
public enum RiskSide
{
    Supplier,
    Asset,
}

/// <summary>
/// A criterion the engine knows how to measure: its id, side, the levels its value can take and, for criteria
/// measured as a number, the unit its bands are in. A risk model chooses among these and weighs them.
/// </summary>
public sealed record CriterionDefinition(string Id, RiskSide Side, string Title, IReadOnlyList<string> Levels, string? BandUnit)
{
    /// <summary>Whether the criterion is measured as a number (a share, days left) scored through bands.</summary>
    public bool HasBands => BandUnit is not null;
}

/// <summary>The criteria a risk model may use (docs/risk.md).</summary>
internal static class RiskCriteria
{
    public const string StateControl = "state-control";
    public const string IntelligenceLaw = "intelligence-law";
    public const string ListingStatus = "listing-status";
    public const string OwnershipOpacity = "ownership-opacity";
    public const string SupplierShare = "supplier-share";
    public const string RoleCriticality = "role-criticality";
    public const string UserData = "user-data";
    public const string Exposure = "exposure";
    public const string Deadline = "deadline";

    public static IReadOnlyList<CriterionDefinition> All { get; } =
    [
        new(StateControl, RiskSide.Supplier, "control by a state", ["state-controlled", "state-stake", "no-state-recorded"], null),
        new(IntelligenceLaw, RiskSide.Supplier, "laws compelling cooperation with intelligence services", ["compels", "compels-with-independent-oversight", "no-such-law"], null),
        new(ListingStatus, RiskSide.Supplier, "listing status across the policy packs", ["violation", "action_required", "waived", "exempt", "compliant"], null),
        new(OwnershipOpacity, RiskSide.Supplier, "ownership opacity", ["not-in-data", "incomplete", "unverified", "no-owners-recorded", "documented"], null),
        new(SupplierShare, RiskSide.Supplier, "the supplier's share of the network", [], "percent"),
        new(RoleCriticality, RiskSide.Asset, "criticality of the network role", ["core", "management", "transport", "satellite", "datacenter", "ran", "access", "surveillance", "enterprise", "other", "cpe"], null),
        new(UserData, RiskSide.Asset, "routes or sees user data", ["routes-or-sees", "inferred-from-role", "does-not"], null),
        new(Exposure, RiskSide.Asset, "only supplier of its function at its site", ["sole-supplier", "shared"], null),
        new(Deadline, RiskSide.Asset, "time left to a deadline", ["none", "advisory"], "days"),
    ];

    public static CriterionDefinition? Find(string id) => All.FirstOrDefault(c => c.Id == id);
}
