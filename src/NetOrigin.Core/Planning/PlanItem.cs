using NetOrigin.Inventory;
using NetOrigin.Planning.Catalog;
using NetOrigin.Planning.Progress;

namespace NetOrigin.Planning;

/// <summary>A deadline an item must meet: the date, where it comes from, and whether it had passed when planning began.</summary>
public sealed record ItemDeadline(DateOnly Date, string Source, string Text);

/// <summary>A replacement maker the catalog offered and why the plan will or will not propose it.</summary>
public sealed record AlternativeVerdict(string MakerId, string MakerName, bool Eligible, string? Reason, string? Note);

/// <summary>
/// One item to replace: the asset, why it must go (its findings), its deadline and weight, the replacement class
/// with the makers that may supply it, what is left to do given its progress, and what that costs.
/// </summary>
public sealed record PlanItem(
    Asset Asset,
    string Site,
    string Operator,
    string MakerId,
    string MakerName,
    IReadOnlyList<string> Reasons,
    ItemDeadline? Deadline,
    ItemWeight Weight,
    ReplacementClass? Class,
    IReadOnlyList<AlternativeVerdict> Alternatives,
    IReadOnlyDictionary<CostComponent, decimal> RemainingCost,
    decimal IncumbentEquipment,
    int LeadWeeks,
    double CrewDays,
    int ParallelWeeks,
    TaskState State,
    decimal Spent)
{
    public decimal Cost => RemainingCost.Values.Sum();

    /// <summary>The replacement's planned equipment cost over the incumbent's (negative when the incumbent was dearer).</summary>
    public decimal EquipmentPremium => Class is null ? 0 : Class.Cost(CostComponent.Equipment).Planned - IncumbentEquipment;
}
