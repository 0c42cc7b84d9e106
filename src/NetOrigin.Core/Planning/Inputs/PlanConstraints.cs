using NetOrigin.Inventory;

namespace NetOrigin.Planning.Inputs;

/// <summary>Money that becomes available for the programme over [From, To).</summary>
public sealed record BudgetPeriod(string Label, DateOnly From, DateOnly To, decimal Amount, string DefinedAt);

/// <summary>
/// A funding programme's removal term: covered items it pays for must be removed within <see cref="TermMonths"/>
/// of the first disbursement (plus granted extensions). The US programme's term is one year.
/// </summary>
public sealed record ProgrammeTerm(
    string Name,
    IReadOnlySet<string> Packs,
    IReadOnlySet<string> Designations,
    DateOnly? ObtainedBy,
    DateOnly FirstDisbursement,
    int TermMonths,
    int ExtensionMonths,
    string DefinedAt)
{
    public DateOnly Deadline => FirstDisbursement.AddMonths(TermMonths + ExtensionMonths).AddDays(-1);
}

/// <summary>From <see cref="From"/> on, this many crews are available (until the next change).</summary>
public sealed record CrewChange(DateOnly From, int Crews, string DefinedAt);

/// <summary>Sites or roles that no crew can work on over [From, To), e.g. mountain sites in winter.</summary>
public sealed record Blackout(DateOnly From, DateOnly To, IReadOnlyList<string> Sites, IReadOnlySet<AssetRole> Roles, bool Yearly, string? Reason, string DefinedAt)
{
    internal bool AppliesTo(string site, IEnumerable<AssetRole> roles) =>
        (Sites.Count == 0 || Sites.Any(p => SitePattern.Matches(p, site))) && (Roles.Count == 0 || roles.Any(Roles.Contains));
}

/// <summary>Work at the <see cref="After"/> sites starts only once the work at the <see cref="Before"/> sites has cut over.</summary>
public sealed record PrecedenceRule(IReadOnlyList<string> Before, IReadOnlyList<string> After, string? Reason, string DefinedAt);

/// <summary>Items the user adds to the plan beyond the findings, chosen by id, maker or site.</summary>
public sealed record ItemSelection(
    IReadOnlySet<string> AssetIds,
    IReadOnlySet<string> Manufacturers,
    IReadOnlyList<string> Sites,
    DateOnly? Deadline,
    string Reason,
    string DefinedAt)
{
    internal bool Selects(Asset asset, string? makerId) =>
        (AssetIds.Count == 0 || AssetIds.Contains(asset.Id))
        && (Manufacturers.Count == 0 || (makerId is not null && Manufacturers.Contains(makerId)))
        && (Sites.Count == 0 || (asset.Site is { } site && Sites.Any(p => SitePattern.Matches(p, site))));
}

/// <summary>
/// Everything the plan must respect besides the items themselves: money per period, the programme's term, crew
/// changes, blackouts, extra precedence and extra items (the budget file, docs/planning.md).
/// </summary>
public sealed record PlanConstraints(
    string? File,
    string Currency,
    bool CarryOver,
    IReadOnlyList<BudgetPeriod> Periods,
    ProgrammeTerm? Programme,
    IReadOnlyList<CrewChange> CrewChanges,
    IReadOnlyList<Blackout> Blackouts,
    IReadOnlyList<PrecedenceRule> Precedence,
    IReadOnlyList<ItemSelection> Additions)
{
    /// <summary>No budget file: money is not limited, nothing else is added.</summary>
    public static readonly PlanConstraints None = new(null, "USD", true, [], null, [], [], [], []);

    public bool BudgetLimited => Periods.Count > 0;
}

/// <summary>Site names with * wildcards, matched case-insensitively.</summary>
internal static class SitePattern
{
    public static bool Matches(string pattern, string site)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal))
        {
            return string.Equals(pattern, site, StringComparison.OrdinalIgnoreCase);
        }

        // Prefix before the first star, suffix after the last, and the pieces between in order, never overlapping.
        var parts = pattern.Split('*');
        if (!site.StartsWith(parts[0], StringComparison.OrdinalIgnoreCase) || !site.EndsWith(parts[^1], StringComparison.OrdinalIgnoreCase)
            || parts[0].Length + parts[^1].Length > site.Length)
        {
            return false;
        }

        var position = parts[0].Length;
        var limit = site.Length - parts[^1].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = parts[i].Length == 0 ? position : site.IndexOf(parts[i], position, limit - position, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            position = found + parts[i].Length;
        }

        return true;
    }
}
