using System.Globalization;
using NetOrigin.Planning.Progress;

namespace NetOrigin.Planning.Reports;

/// <summary>
/// The three regulator-style reports, with fields as the regulators ask for them (data/sources/planning.yaml):
/// the US programme's 90-day status update, the Secure Networks Act supply-chain annual report, and the UK
/// designated-vendor share report against the 35% cap.
/// </summary>
public static class ReportBuilders
{
    public static readonly IReadOnlyList<string> Kinds = ["status-update", "supply-chain", "uk-share"];

    public static RegulatorReport Build(string kind, ReportData data, int? year = null) => kind switch
    {
        "status-update" => StatusUpdate(data),
        "supply-chain" => SupplyChain(data, year ?? data.AsOf.Year - 1),
        "uk-share" => UkShare(data),
        _ => throw new PlanInputException($"report '{kind}' is not one of {string.Join(", ", Kinds)}"),
    };

    /// <summary>The US programme's status update, filed every 90 days: progress, spending, supply, extension need.</summary>
    internal static RegulatorReport StatusUpdate(ReportData data)
    {
        var plan = data.Plan;
        var total = data.Total;
        var removed = data.RemovedCount;
        var replaced = data.CountAt(TaskState.Replaced);
        var disposed = data.CountAt(TaskState.Disposed);
        var verified = data.CountAt(TaskState.Verified);
        var ordered = data.CountAt(TaskState.Ordered);
        var percent = total == 0 ? 100 : 100.0 * removed / total;
        var state = removed == total ? "complete" : data.Progress.Events.Count > 0 ? "some progress" : "not started";
        var missed = plan.Deadlines.Where(d => d.Missed > 0 && !d.AlreadyPassed).ToList();
        var lateDays = missed.Select(d => d.MaxDaysLate).DefaultIfEmpty(0).Max();
        var delayed = DelayedDeliveries(data);
        var binding = plan.Items.SelectMany(i => i.Binding).ToHashSet(StringComparer.Ordinal);
        var spent = data.Progress.Spent;
        var remainingCost = plan.Items.Sum(i => i.Item.Cost);
        var budgetLeft = plan.Periods.Count > 0 && plan.Instance.BudgetLimited ? plan.Instance.Periods.Sum(p => p.Amount) : (long?)null;

        var yesNo = (bool b) => b ? "yes" : "in progress";
        var flags = new List<ReportFact>
        {
            new("(a) complies with all programme requirements", removed == total ? "yes" : "in progress", "certified by the filer; NetOrigin shows the work's state"),
            new("(b) complies with the commitments in the application", yesNo(removed == total)),
            new("(c) removed, replaced and disposed of all covered equipment in the network on the application date", removed == total && disposed == total && replaced == total ? "yes" : "in progress"),
            new("(d) keeps to the timeline submitted with the application", missed.Count == 0 ? "yes" : $"no: the current plan misses {missed.Sum(d => d.Missed)} items' deadlines, by up to {lateDays} days"),
        };
        var progress = new List<ReportFact>
        {
            new("Progress state", state),
            new("Estimated percent complete", percent.ToString("0.0", CultureInfo.InvariantCulture) + "%", "items removed (or further) of all covered items"),
            new("Covered items", total.ToString(CultureInfo.InvariantCulture)),
            new("Ordered", ordered.ToString(CultureInfo.InvariantCulture)),
            new("Replaced (new equipment in service)", replaced.ToString(CultureInfo.InvariantCulture)),
            new("Removed", removed.ToString(CultureInfo.InvariantCulture)),
            new("Disposed", disposed.ToString(CultureInfo.InvariantCulture)),
            new("Verified", verified.ToString(CultureInfo.InvariantCulture)),
        };
        var money = new List<ReportFact>
        {
            new("Spent to date (recorded in the progress file)", Money(plan, spent)),
            new("Planned cost of the remaining work", Money(plan, remainingCost)),
        };
        if (budgetLeft is { } left)
        {
            money.Add(new ReportFact("Funding available for the remaining work", Money(plan, left)));
            money.Add(new ReportFact("Cannot finish without more funding", remainingCost > left || binding.Contains("budget") ? "yes" : "no"));
        }

        var supply = new List<ReportFact>
        {
            new("Replacement equipment available", delayed.Count == 0 ? "yes: no order is past its expected delivery" : $"no: {delayed.Count} ordered items are past their expected delivery"),
            new("Challenge: funding", binding.Contains("budget") ? "yes" : "no"),
            new("Challenge: supply chain delays", delayed.Count > 0 || binding.Contains("lead_time") ? "yes" : "no"),
            new("Challenge: labour shortages", binding.Contains("crews") ? "yes" : "no"),
            new("Challenge: weather and site access", binding.Contains("blackout") ? "yes" : "no"),
            new("Extension needed", missed.Count == 0 ? "no" : $"yes: about {(lateDays + 29) / 30} months beyond the deadline ({string.Join("; ", missed.Select(d => $"{d.Date:yyyy-MM-dd}: {d.Missed} items"))})"),
        };
        foreach (var d in missed)
        {
            foreach (var fix in d.Fixes)
            {
                supply.Add(new ReportFact($"Meeting {d.Date:yyyy-MM-dd} needs", fix));
            }
        }

        var narrative = $"As of {data.AsOf:yyyy-MM-dd}, {removed} of {total} covered items ({percent:0.0}%) have been removed, {replaced} replaced and {disposed} disposed of. "
            + $"{Money(plan, spent)} has been spent; the remaining work is planned at {Money(plan, remainingCost)} "
            + (plan.Items.Where(i => i.Removed is not null).Select(i => i.Removed!.Value).DefaultIfEmpty().Max() is var finish && finish != default ? $"and finishes on {finish:yyyy-MM-dd}. " : "and is not yet scheduled. ")
            + (missed.Count == 0 ? "The plan meets every deadline." : $"The plan misses {missed.Sum(d => d.Missed)} items' deadlines; the filer needs an extension or more resources.");

        var sites = data.AllItems.GroupBy(i => i.Site).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var planned = plan.Items.Where(i => i.Item.Site == g.Key && i.Removed is not null).Select(i => i.Removed!.Value).DefaultIfEmpty().Max();
            return (IReadOnlyList<string>)[
                g.Key,
                g.Count().ToString(CultureInfo.InvariantCulture),
                g.Count(i => data.Progress.Of(i.Asset.Id)?.Has(TaskState.Replaced) == true).ToString(CultureInfo.InvariantCulture),
                g.Count(i => data.Progress.Of(i.Asset.Id)?.RemovalDone == true).ToString(CultureInfo.InvariantCulture),
                g.Count(i => data.Progress.Of(i.Asset.Id)?.Has(TaskState.Disposed) == true).ToString(CultureInfo.InvariantCulture),
                planned == default ? (g.All(i => data.Progress.Of(i.Asset.Id)?.RemovalDone == true) ? "done" : "not scheduled") : planned.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ];
        }).ToList();

        return new RegulatorReport(
            "status-update",
            "Reimbursement Program status update (90-day)",
            data.Filer,
            data.AsOf,
            [
                new ReportSection("Narrative", [], [narrative], []),
                new ReportSection("Certifications", flags, [], []),
                new ReportSection("Removal, replacement and disposal", progress, [], []),
                new ReportSection("Spending", money, [], []),
                new ReportSection("Equipment availability and extension", supply, [], []),
                new ReportSection("Progress by site", [], [], [new ReportTable("sites", ["site", "covered items", "replaced", "removed", "disposed", "planned completion"], sites)]),
            ],
            ["scrp-status-update-2022", "scrp-terms-2022", "scrp-extensions-2023"],
            data.Burndown());
    }

    /// <summary>The Secure Networks Act annual report: covered equipment, where, what, whose, its costs and replacement plan.</summary>
    internal static RegulatorReport SupplyChain(ReportData data, int year)
    {
        var plan = data.Plan;
        var yearEnd = new DateOnly(year, 12, 31);
        var rows = plan.Items
            .Where(i => data.Progress.Of(i.Item.Asset.Id)?.RemovalDone != true)
            .OrderBy(i => i.Item.Site, StringComparer.Ordinal)
            .ThenBy(i => i.Item.Asset.Id, StringComparer.Ordinal)
            .Select(i => (IReadOnlyList<string>)[
                i.Item.Asset.Id,
                i.Item.Site,
                $"{Inventory.AssetVocabulary.NameOf(i.Item.Asset.Role)} {i.Item.Asset.Model}".Trim(),
                i.Item.MakerName,
                "not recorded",
                Money(plan, i.Item.Cost),
                i.Item.Class?.Title ?? "no catalog class",
                i.Removed is { } r ? $"replace from {i.Start:yyyy-MM-dd}, remove by {r:yyyy-MM-dd} ({string.Join(", ", i.Item.Alternatives.Where(a => a.Eligible).Select(a => a.MakerName).Take(3))})" : "not scheduled within the plan's horizon",
            ]).ToList();
        var bySupplier = rows.GroupBy(r => r[3]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<string>)[g.Key, g.Count().ToString(CultureInfo.InvariantCulture)]).ToList();
        var facts = new List<ReportFact>
        {
            new("Reporting year", $"{year} (status as of {yearEnd:yyyy-MM-dd})"),
            new("Due", $"{new DateOnly(year + 1, 3, 31):yyyy-MM-dd}"),
            new("Covered equipment or services in the network", rows.Count == 0 ? "none: the filer may certify it has none" : rows.Count.ToString(CultureInfo.InvariantCulture)),
            new("Replacement cost of the covered items (catalog estimate)", Money(plan, plan.Items.Where(i => data.Progress.Of(i.Item.Asset.Id)?.RemovalDone != true).Sum(i => i.Item.Cost))),
        };
        return new RegulatorReport(
            "supply-chain",
            "Supply Chain Annual Report (Secure Networks Act section 5)",
            data.Filer,
            data.AsOf,
            [
                new ReportSection("Summary", facts, ["Historic cost is not in the inventory; add it from the fixed-asset register before filing. Replacement costs are the plan's catalog estimates (basis per item in the plan JSON)."], []),
                new ReportSection("Covered equipment by supplier", [], [], [new ReportTable("suppliers", ["supplier", "items"], bySupplier)]),
                new ReportSection("Covered equipment", [], [], [new ReportTable("equipment", ["asset", "location", "type", "supplier", "historic cost", "replacement cost", "functionality replaced by", "replacement plan"], rows)]),
            ],
            ["us-1604-supply-chain-report"],
            data.Burndown());
    }

    /// <summary>The UK designated-vendor share: 5G sites and full-fibre access against the 35% cap, now and as planned.</summary>
    internal static RegulatorReport UkShare(ReportData data)
    {
        var shares = data.Shares ?? throw new PlanInputException("the uk-share report needs the uk-huawei-designated-vendor pack among --policy");
        var plan = data.Plan;
        var removedBy = plan.Items.Where(i => i.Removed is not null).ToDictionary(i => i.Item.Asset.Id, i => i.Removed!.Value, StringComparer.Ordinal);
        bool Gone(string id, DateOnly day) => data.Progress.Of(id)?.RemovalDone == true || (removedBy.TryGetValue(id, out var r) && r <= day);
        var checkpoints = new[] { data.AsOf }.Concat(plan.Deadlines.Select(d => d.Date).Where(d => d > data.AsOf)).Append(new DateOnly(2027, 12, 31)).Distinct().Order().ToList();
        string Share(long part, long whole) => whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        var rows = checkpoints.Select(day =>
        {
            var sites = shares.CoveredFiveGSites.Count(s => s.Value.Any(id => !Gone(id, day)));
            var fibre = shares.FibreCovered.Count(id => !Gone(id, day));
            var fiveG = Share(sites, shares.FiveGSites);
            var fibreShare = Share(fibre, shares.FibreAssets);
            return (IReadOnlyList<string>)[
                day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (day == data.AsOf ? " (now)" : " (planned)"),
                $"{sites} of {shares.FiveGSites}", fiveG,
                $"{fibre} of {shares.FibreAssets}", fibreShare,
                shares.FibreAssets == 0 ? "n/a" : 100.0 * fibre / shares.FibreAssets <= 35 ? "within" : "above",
            ];
        }).ToList();
        var facts = new List<ReportFact>
        {
            new("Cap", "35% of full-fibre access; Huawei out of 5G entirely by 2027-12-31"),
            new("5G base-station sites", shares.FiveGSites.ToString(CultureInfo.InvariantCulture), "sites with RAN equipment serving 5G"),
            new("Share of traffic", "not recorded", "the inventory carries no traffic counts; add them from network statistics"),
            new("Full-fibre premises", "not recorded", "the inventory lists access equipment, not premises; the share below counts full-fibre access equipment as the proxy"),
        };
        return new RegulatorReport(
            "uk-share",
            "Designated vendor share report (Huawei, 35% cap)",
            data.Filer,
            data.AsOf,
            [
                new ReportSection("Measures", facts, [], []),
                new ReportSection("Share now and as planned", [], [], [new ReportTable("shares", ["date", "5G sites with Huawei RAN", "share of 5G sites", "full-fibre access on Huawei", "share of full-fibre access", "35% cap"], rows)]),
            ],
            ["uk-huawei-dvd-2022", "uk-hrv-share-metrics-2020"],
            data.Burndown());
    }

    private static List<string> DelayedDeliveries(ReportData data)
    {
        var delayed = new List<string>();
        foreach (var item in data.Plan.Items.Select(i => i.Item))
        {
            if (data.Progress.Of(item.Asset.Id) is { } p && p.DateOf(TaskState.Ordered) is { } ordered && !p.Has(TaskState.Replaced)
                && item.Class is { } cls && ordered.AddDays(7 * (int)Math.Ceiling(cls.LeadTimeWeeks.High)) < data.AsOf)
            {
                delayed.Add(item.Asset.Id);
            }
        }

        return delayed;
    }

    private static string Money(Plan plan, decimal amount) => PlanExplainer.Money(plan.Instance, amount);
}
