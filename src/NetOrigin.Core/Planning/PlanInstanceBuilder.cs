using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Planning.Catalog;
using NetOrigin.Planning.Inputs;
using NetOrigin.Planning.Progress;
using NetOrigin.Policies;

namespace NetOrigin.Planning;

/// <summary>
/// Turns the assets to replace into a plan instance: each item gets its deadline (the rule's, or the programme's
/// removal term), weight, replacement class and eligible makers, and what is left to do given its progress; items
/// are grouped into site visits (a site's core work apart from the rest, so the core can go first); budget periods,
/// crews, blackouts and precedence are put in weeks. Contradictions are reported as <see cref="PlanInputException"/>.
/// </summary>
public sealed class PlanInstanceBuilder(
    ReplacementCatalog catalog,
    IReadOnlyList<PolicyEvaluator> evaluators,
    OrganisationGraph graph,
    IItemWeights weights)
{
    private const int MaxHorizonWeeks = 52 * 15;
    private readonly Dictionary<(string Maker, AssetKind, AssetRole, string?, string?, ServiceType, string, bool?), (bool Eligible, string? Reason)> _eligibility = [];

    public PlanInstance Build(IEnumerable<PlanCandidate> candidates, PlanConstraints constraints, ProgressLog progress, PlanSettings settings)
    {
        var start = settings.Start;
        CheckUserDates(constraints, start);

        var items = new List<PlanItem>();
        var finished = new List<PlanItem>();
        foreach (var candidate in candidates)
        {
            if (settings.Roles.Count > 0 && !settings.Roles.Contains(candidate.Asset.Role))
            {
                continue;
            }

            var item = ItemOf(candidate, constraints, progress.Of(candidate.Asset.Id), start);
            (item.State is TaskState.Verified || (item.State >= TaskState.Disposed && item.Cost == 0) ? finished : items).Add(item);
        }

        var latestDeadline = items.Select(i => i.Deadline?.Date).Where(d => d is not null).DefaultIfEmpty(null).Max();
        var horizonDate = settings.Horizon ?? Max(start.AddYears(3), latestDeadline?.AddYears(1) ?? start);
        if (horizonDate <= start)
        {
            throw new PlanInputException($"the horizon {horizonDate:yyyy-MM-dd} is not after the start {start:yyyy-MM-dd}");
        }

        var horizon = Math.Min((horizonDate.DayNumber - start.DayNumber + 1 + 6) / 7, MaxHorizonWeeks);
        var visits = Group(items, constraints, start, horizon);
        var instance = new PlanInstance
        {
            Start = start,
            Horizon = horizon,
            Visits = visits,
            Crews = CrewsPerWeek(constraints, settings, start, horizon),
            Periods = Windows(constraints, start, horizon),
            CarryOver = constraints.CarryOver,
            BudgetLimited = constraints.BudgetLimited,
            Precedence = Precedence(visits, constraints),
            Currency = constraints.BudgetLimited ? constraints.Currency : catalog.Currency,
            Finished = finished,
        };
        PrecedenceCycles.Check(instance, constraints);
        return instance;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static void CheckUserDates(PlanConstraints constraints, DateOnly start)
    {
        if (constraints.Programme is { } programme && programme.Deadline < start)
        {
            throw new PlanInputException($"{programme.DefinedAt}: the {programme.Name} removal term ends {programme.Deadline:yyyy-MM-dd}, before the plan starts on {start:yyyy-MM-dd}; move --start back or record the granted extension (extension_months)");
        }

        foreach (var addition in constraints.Additions)
        {
            if (addition.Deadline is { } d && d < start)
            {
                throw new PlanInputException($"{addition.DefinedAt}: deadline {d:yyyy-MM-dd} is before the plan starts on {start:yyyy-MM-dd}");
            }
        }

        foreach (var blackout in constraints.Blackouts.Where(b => !b.Yearly && b.To <= start))
        {
            throw new PlanInputException($"{blackout.DefinedAt}: blackout {blackout.From:yyyy-MM-dd} to {blackout.To:yyyy-MM-dd} ends before the plan starts on {start:yyyy-MM-dd}");
        }
    }

    private PlanItem ItemOf(PlanCandidate candidate, PlanConstraints constraints, TaskProgress? progress, DateOnly start)
    {
        var asset = candidate.Asset;
        var maker = candidate.Maker;
        var reasons = candidate.Findings.Select(f => $"{f.PackId}: {f.Status.Name()}{(f.DesignationId is null ? "" : $" ({f.DesignationId})")}{(f.Deadline is { } d ? $", remove by {d:yyyy-MM-dd}" : "")}").ToList();
        if (candidate.AddedBy is { } added)
        {
            reasons.Add($"added by {added.DefinedAt}: {added.Reason}");
        }

        var deadline = DeadlineOf(candidate, constraints, start);
        var view = new AssetView(asset, maker);
        var matches = catalog.Match(view);
        var chosen = matches.OrderBy(c => c.PlannedPerItem).FirstOrDefault();
        var alternatives = chosen is null ? [] : Alternatives(chosen, asset, maker, constraints, start);
        var state = progress?.Current ?? TaskState.Planned;
        var remaining = Remaining(chosen, progress);
        var lead = chosen is null ? 0 : (int)Math.Ceiling(chosen.LeadTimeWeeks.Planned);
        if (progress?.DateOf(TaskState.Ordered) is { } ordered)
        {
            lead = Math.Max(0, lead - (start.DayNumber - ordered.DayNumber) / 7);
        }

        if (progress is not null && (progress.Has(TaskState.Replaced) || progress.RemovalDone))
        {
            lead = 0;
        }

        var crewDays = chosen is null ? 1.0 : (double)chosen.CrewDays.Planned;
        if (progress is not null && progress.Has(TaskState.Replaced))
        {
            // What is left is taking the old gear out and disposing of it: about a quarter of the work.
            crewDays *= progress.RemovalDone ? 0.1 : 0.25;
        }

        return new PlanItem(
            asset,
            asset.Site ?? PlanSettings.NoSite,
            asset.OwnerOrg ?? "",
            maker?.Id ?? "",
            maker?.DisplayName ?? asset.Manufacturer ?? "unidentified",
            reasons,
            progress?.RemovalDone == true ? null : deadline,
            weights.WeightOf(asset),
            chosen,
            alternatives,
            remaining,
            chosen?.IncumbentEquipment.Planned ?? 0,
            lead,
            crewDays,
            progress is not null && progress.RemovalDone ? 0 : chosen?.ParallelRunningWeeks ?? 0,
            state,
            progress?.Spent ?? 0);
    }

    private static ItemDeadline? DeadlineOf(PlanCandidate candidate, PlanConstraints constraints, DateOnly start)
    {
        var deadlines = new List<ItemDeadline>();
        foreach (var finding in candidate.Findings)
        {
            if (finding.Deadline is { } d)
            {
                var source = $"{finding.PackId}/{finding.ObligationId ?? finding.DesignationId}";
                deadlines.Add(new ItemDeadline(d, source, d < start ? $"{source}: remove by {d:yyyy-MM-dd} (already passed when planning began)" : $"{source}: remove by {d:yyyy-MM-dd}"));
            }
            else if (constraints.Programme is { } programme && ProgrammeCovers(programme, finding))
            {
                deadlines.Add(new ItemDeadline(programme.Deadline, $"programme/{finding.PackId}", $"{programme.Name}: removal term ends {programme.Deadline:yyyy-MM-dd} ({programme.TermMonths} months from {programme.FirstDisbursement:yyyy-MM-dd}{(programme.ExtensionMonths > 0 ? $" plus {programme.ExtensionMonths} months' extension" : "")})"));
            }
        }

        if (candidate.AddedBy?.Deadline is { } added)
        {
            deadlines.Add(new ItemDeadline(added, "added", $"{candidate.AddedBy.Reason}: by {added:yyyy-MM-dd}"));
        }

        return deadlines.OrderBy(d => d.Date).FirstOrDefault();
    }

    private static bool ProgrammeCovers(ProgrammeTerm programme, Finding finding)
    {
        if (finding.Status != FindingStatus.Violation
            || (programme.Packs.Count > 0 && !programme.Packs.Contains(finding.PackId))
            || (programme.Designations.Count > 0 && (finding.DesignationId is null || !programme.Designations.Contains(finding.DesignationId))))
        {
            return false;
        }

        // The programme pays only for gear obtained by its cut-off; an item with no date is kept in (asked, not assumed away).
        var obtained = finding.Asset.Acquired ?? finding.Asset.Installed;
        return programme.ObtainedBy is not { } cutoff || obtained is null || obtained <= cutoff;
    }

    private static Dictionary<CostComponent, decimal> Remaining(ReplacementClass? chosen, TaskProgress? progress)
    {
        var remaining = new Dictionary<CostComponent, decimal>();
        if (chosen is null)
        {
            return remaining;
        }

        foreach (var component in Enum.GetValues<CostComponent>())
        {
            var estimate = chosen.Cost(component);
            if (estimate.Per != CostUnit.Item || estimate.Planned == 0)
            {
                continue;
            }

            var done = component switch
            {
                CostComponent.Equipment => progress?.Has(TaskState.Ordered) == true || progress?.Has(TaskState.Replaced) == true,
                CostComponent.Labour => progress?.Has(TaskState.Replaced) == true,
                CostComponent.ParallelRunning => progress?.RemovalDone == true,
                CostComponent.Disposal => progress?.Has(TaskState.Disposed) == true,
                _ => progress?.Has(TaskState.Replaced) == true,
            };
            if (!done)
            {
                remaining[component] = estimate.Planned;
            }
        }

        return remaining;
    }

    private IReadOnlyList<AlternativeVerdict> Alternatives(ReplacementClass chosen, Asset asset, Organisation? incumbent, PlanConstraints constraints, DateOnly start)
    {
        var replaced = constraints.Additions.SelectMany(a => a.Manufacturers).ToHashSet(StringComparer.Ordinal);
        var verdicts = new List<AlternativeVerdict>(chosen.Alternatives.Count);
        foreach (var alternative in chosen.Alternatives)
        {
            var org = graph[alternative.MakerId];
            if (incumbent is not null && org.Is(incumbent))
            {
                verdicts.Add(new AlternativeVerdict(org.Id, org.DisplayName, false, "it is the maker being replaced", alternative.Note));
                continue;
            }

            if (replaced.Contains(org.Id))
            {
                verdicts.Add(new AlternativeVerdict(org.Id, org.DisplayName, false, "the budget file adds its equipment for replacement", alternative.Note));
                continue;
            }

            var (eligible, reason) = Eligibility(org, asset, start);
            verdicts.Add(new AlternativeVerdict(org.Id, org.DisplayName, eligible, reason, alternative.Note));
        }

        return verdicts;
    }

    /// <summary>
    /// Whether new equipment from <paramref name="maker"/>, installed now in the asset's place, passes every loaded
    /// pack: a plan never proposes a maker another pack restricts.
    /// </summary>
    private (bool Eligible, string? Reason) Eligibility(Organisation maker, Asset asset, DateOnly start)
    {
        var key = (maker.Id, asset.Kind, asset.Role, asset.Use, asset.Country, asset.ServiceType, string.Join(';', asset.Technologies), asset.RoutesUserData);
        if (_eligibility.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var probe = new Asset
        {
            Id = asset.Id,
            Kind = asset.Kind,
            Role = asset.Role,
            Use = asset.Use,
            Country = asset.Country,
            ServiceType = asset.ServiceType,
            Technologies = asset.Technologies,
            RoutesUserData = asset.RoutesUserData,
            Provider = asset.Provider is null ? null : maker.Name,
            Manufacturer = maker.Name,
            Acquired = start,
            Installed = start,
        };
        var attribution = new Attribution(maker, 1.0, [], [], null);
        var result = (true, (string?)null);
        foreach (var evaluator in evaluators)
        {
            var finding = evaluator.Evaluate(probe, attribution, start);
            if (finding.Status is FindingStatus.Violation or FindingStatus.ActionRequired)
            {
                result = (false, $"{evaluator.Pack.Id} restricts it ({finding.Status.Name()}{(finding.DesignationId is null ? "" : $", designation {finding.DesignationId}")})");
                break;
            }
        }

        _eligibility[key] = result;
        return result;
    }

    private List<Visit> Group(List<PlanItem> items, PlanConstraints constraints, DateOnly start, int horizon)
    {
        // A site's core items are a visit of their own when the site also has other items, so the core cuts over
        // first and the RAN it serves can follow; an item without a site is a visit of its own.
        var groups = items
            .GroupBy(i => i.Site == PlanSettings.NoSite ? (Site: $"{PlanSettings.NoSite} {i.Asset.Id}", Core: false) : (Site: i.Site, Core: i.Asset.Role == AssetRole.Core))
            .ToList();
        var sitesWithBoth = groups.GroupBy(g => g.Key.Site).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var visits = new List<Visit>(groups.Count);
        foreach (var group in groups.OrderBy(g => g.Key.Site, StringComparer.Ordinal).ThenBy(g => g.Key.Core ? 0 : 1))
        {
            var members = ChargeSiteCosts(group.ToList());
            var id = group.Key.Core && sitesWithBoth.Contains(group.Key.Site) ? $"{group.Key.Site} (core)" : group.Key.Site;
            visits.Add(VisitOf(visits.Count, id, group.Key.Site, group.Key.Core ? "core" : "site", members, constraints, start, horizon));
        }

        return visits;
    }

    /// <summary>Per-site costs (engineering, tower work) are charged once per class on the visit's first item of that class.</summary>
    private static List<PlanItem> ChargeSiteCosts(List<PlanItem> members)
    {
        var charged = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            var item = members[i];
            if (item.Class is not { } cls || item.State >= TaskState.Replaced || !charged.Add(cls.Id))
            {
                continue;
            }

            var costs = new Dictionary<CostComponent, decimal>(item.RemainingCost);
            foreach (var (component, estimate) in cls.Costs)
            {
                if (estimate.Per == CostUnit.Site)
                {
                    costs[component] = costs.GetValueOrDefault(component) + estimate.Planned;
                }
            }

            members[i] = item with { RemainingCost = costs };
        }

        return members;
    }

    private static Visit VisitOf(int index, string id, string site, string phase, List<PlanItem> members, PlanConstraints constraints, DateOnly start, int horizon)
    {
        var crewWeeks = (int)Math.Ceiling(members.Sum(m => m.CrewDays) / 5.0 - 1e-9);
        var lead = members.Max(m => m.LeadWeeks);
        var deadlines = members
            .Where(m => m.Deadline is not null)
            .GroupBy(m => m.Deadline!.Date)
            .OrderBy(g => g.Key)
            .Select(g => new VisitDeadline(
                g.Key,
                (int)Math.Floor((g.Key.DayNumber - start.DayNumber + 1) / 7.0),
                g.Sum(m => WeightUnits(m.Weight.Value)),
                g.Count(),
                string.Join(", ", g.Select(m => m.Deadline!.Source).Distinct(StringComparer.Ordinal))))
            .ToList();
        var roles = members.Select(m => m.Asset.Role).ToHashSet();
        return new Visit
        {
            Index = index,
            Id = id,
            Site = site,
            Phase = phase,
            Operator = members[0].Operator,
            Items = members,
            Cost = (long)Math.Round(members.Sum(m => m.Cost)),
            LeadWeeks = lead,
            CrewWeeks = crewWeeks,
            ParallelWeeks = members.Max(m => m.ParallelWeeks),
            Release = lead,
            RiskWeight = members.Sum(m => WeightUnits(m.Weight.Value)),
            Deadlines = deadlines,
            Blackouts = BlackoutWeeks(constraints, site, roles, start, horizon),
        };
    }

    internal static long WeightUnits(double weight) => Math.Max(1, (long)Math.Round(weight));

    private static List<(int, int, string)> BlackoutWeeks(PlanConstraints constraints, string site, HashSet<AssetRole> roles, DateOnly start, int horizon)
    {
        var weeks = new List<(int, int, string)>();
        foreach (var blackout in constraints.Blackouts.Where(b => b.AppliesTo(site, roles)))
        {
            var years = blackout.Yearly ? Enumerable.Range(start.Year - blackout.From.Year - 1, horizon / 52 + 3) : [0];
            foreach (var shift in years)
            {
                var from = blackout.From.AddYears(shift);
                var to = blackout.To.AddYears(shift);
                var fromWeek = (int)Math.Floor((from.DayNumber - start.DayNumber) / 7.0);
                var toWeek = (int)Math.Ceiling((to.DayNumber - start.DayNumber) / 7.0);
                if (toWeek > 0 && fromWeek < horizon)
                {
                    weeks.Add((Math.Max(0, fromWeek), Math.Min(horizon, toWeek), blackout.Reason ?? $"blackout {from:yyyy-MM-dd} to {to:yyyy-MM-dd}"));
                }
            }
        }

        return weeks;
    }

    private static int[] CrewsPerWeek(PlanConstraints constraints, PlanSettings settings, DateOnly start, int horizon)
    {
        var crews = new int[horizon];
        for (var w = 0; w < horizon; w++)
        {
            var day = start.AddDays(7 * w);
            var count = settings.Crews;
            foreach (var change in constraints.CrewChanges)
            {
                if (change.From <= day)
                {
                    count = change.Crews;
                }
            }

            crews[w] = count;
        }

        return crews;
    }

    private static List<PeriodWindow> Windows(PlanConstraints constraints, DateOnly start, int horizon)
    {
        var windows = new List<PeriodWindow>();
        foreach (var period in constraints.Periods)
        {
            var from = Math.Max(0, (int)Math.Ceiling((period.From.DayNumber - start.DayNumber) / 7.0));
            var to = Math.Min(horizon, (int)Math.Ceiling((period.To.DayNumber - start.DayNumber) / 7.0));
            if (to <= 0)
            {
                // Money of a period that ended before the start is carried in, when unspent money carries over.
                if (constraints.CarryOver)
                {
                    windows.Add(new PeriodWindow(period.Label, 0, 0, (long)Math.Round(period.Amount), period.From, period.To));
                }

                continue;
            }

            windows.Add(new PeriodWindow(period.Label, from, Math.Max(from, to), (long)Math.Round(period.Amount), period.From, period.To));
        }

        return windows;
    }

    private static List<PrecedenceGroup> Precedence(List<Visit> visits, PlanConstraints constraints)
    {
        var groups = new List<PrecedenceGroup>();

        // Core before the RAN it serves: the inventory does not say which core serves which cell, so an operator's
        // core work cuts over before any of its RAN work starts (name sites in the budget file to say otherwise).
        foreach (var byOperator in visits.GroupBy(v => v.Operator, StringComparer.Ordinal))
        {
            var cores = byOperator.Where(v => v.Phase == "core").Select(v => v.Index).ToList();
            var ran = byOperator.Where(v => v.Phase != "core" && v.Items.Any(i => i.Asset.Role == AssetRole.Ran)).Select(v => v.Index).ToList();
            if (cores.Count > 0 && ran.Count > 0)
            {
                groups.Add(new PrecedenceGroup(cores, ran, $"core before the RAN it serves{(byOperator.Key.Length > 0 ? $" ({byOperator.Key})" : "")}"));
            }
        }

        foreach (var rule in constraints.Precedence)
        {
            var before = SitesVisits(visits, rule.Before, rule.DefinedAt, coreFirst: true);
            var after = SitesVisits(visits, rule.After, rule.DefinedAt, coreFirst: false);
            if (before.Count > 0 && after.Count > 0)
            {
                groups.Add(new PrecedenceGroup(before, after, $"{rule.Reason ?? "precedence"} ({rule.DefinedAt})"));
            }
        }

        return groups;
    }

    private static List<int> SitesVisits(List<Visit> visits, IReadOnlyList<string> patterns, string where, bool coreFirst)
    {
        var matched = new List<int>();
        foreach (var pattern in patterns)
        {
            var atSite = visits.Where(v => SitePattern.Matches(pattern, v.Site)).ToList();
            if (atSite.Count == 0)
            {
                continue;
            }

            // "Before" a site means its core work when it has any; "after" means all its work.
            var chosen = coreFirst && atSite.Any(v => v.Phase == "core") && atSite.Any(v => v.Phase != "core")
                ? atSite.Where(v => v.Phase == "core")
                : atSite;
            matched.AddRange(chosen.Select(v => v.Index));
        }

        _ = where;
        return matched.Distinct().ToList();
    }
}
