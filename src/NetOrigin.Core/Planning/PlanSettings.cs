using NetOrigin.Inventory;

namespace NetOrigin.Planning;

/// <summary>How to plan: from when, until when, with how many crews, which roles, and how far the what-if runs reach.</summary>
public sealed record PlanSettings
{
    public required DateOnly Start { get; init; }

    /// <summary>The last day work may end; by default a year past the latest deadline, at least three years.</summary>
    public DateOnly? Horizon { get; init; }

    /// <summary>Crews available from the start (the budget file may change the number later).</summary>
    public int Crews { get; init; } = 2;

    /// <summary>Only items of these roles (empty: all).</summary>
    public IReadOnlySet<AssetRole> Roles { get; init; } = new HashSet<AssetRole>();

    /// <summary>Where no site is given, each item is a visit of its own.</summary>
    public const string NoSite = "(no site)";
}
