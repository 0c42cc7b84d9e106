using System.Globalization;

namespace NetOrigin.Planning;

/// <summary>Writes a plan for people: the verdict, money and crews per period, deadlines with fixes, then each visit and why.</summary>
public static class PlanTableWriter
{
    public static void Write(TextWriter w, Plan plan)
    {
        var instance = plan.Instance;
        var c = plan.Comparison;
        var scheduled = plan.Items.Count(i => i.Scheduled);
        w.WriteLine($"Replacement plan from {instance.Start:yyyy-MM-dd} to {instance.EndDate(instance.Horizon):yyyy-MM-dd}: {plan.Items.Count} items in {instance.Visits.Count} site visits, {scheduled} scheduled, {plan.Items.Count - scheduled} not within the horizon{(instance.Finished.Count > 0 ? $", {instance.Finished.Count} already finished" : "")}");
        w.WriteLine($"cost {Money(instance, plan.Items.Where(i => i.Scheduled).Sum(i => i.Item.Cost))} scheduled of {Money(instance, plan.Items.Sum(i => i.Item.Cost))}; equipment premium over the incumbents {Money(instance, plan.Items.Sum(i => i.Item.EquipmentPremium))}");
        w.WriteLine($"solver {plan.Result.Solver}: {plan.Result.Status} in {plan.Result.Elapsed.TotalSeconds:0.0}s; " + string.Join("; ", plan.Result.Stages.Select(s => $"{s.Objective} {s.Value} (bound {s.Bound}, gap {s.Gap:P1}, {s.Status})")));
        w.WriteLine($"baseline (earliest deadline first): {c.BaselineItemsMissed} items miss their deadline, exposure {c.Baseline.Exposure}; plan: {c.PlanItemsMissed} miss, exposure {c.Plan.Exposure} ({c.ExposureReduction:P1} less)");
        foreach (var note in plan.Notes)
        {
            w.WriteLine($"note: {note}");
        }

        w.WriteLine();
        w.WriteLine("period          budget       available    spend        crew-weeks   visits  items removed");
        foreach (var p in plan.Periods)
        {
            w.WriteLine($"{p.Label,-15} {Money(instance, p.Budget),-12} {Money(instance, p.Available),-12} {Money(instance, p.Spend),-12} {p.CrewWeeksUsed + "/" + p.CrewWeeksAvailable,-12} {p.VisitsStarted,-7} {p.ItemsRemoved}");
        }

        w.WriteLine();
        w.WriteLine("deadlines");
        foreach (var d in plan.Deadlines)
        {
            var verdict = d.Missed == 0 ? "all met" : $"{d.Missed} missed ({d.Unscheduled} not within the horizon), up to {d.MaxDaysLate} days late";
            w.WriteLine($"  {d.Date:yyyy-MM-dd} {d.Source}: {d.Items} items, {verdict}{(d.AlreadyPassed ? " [already passed]" : "")}");
            foreach (var fix in d.Fixes)
            {
                w.WriteLine($"      meeting it needs: {fix}");
            }
        }

        if (plan.WhatIfs.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("what if               items missed  not scheduled  cost          finish      status");
            w.WriteLine($"{"(this plan)",-21} {c.PlanItemsMissed,-13} {plan.Items.Count - scheduled,-14} {Money(instance, c.Plan.Cost),-13} {Finish(plan),-11} {plan.Result.Status}");
            foreach (var x in plan.WhatIfs)
            {
                w.WriteLine($"{x.Name,-21} {x.ItemsMissed,-13} {x.ItemsUnscheduled,-14} {Money(instance, x.Cost),-13} {(x.Finish is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-"),-11} {x.Status}");
            }
        }

        w.WriteLine();
        w.WriteLine("visits");
        foreach (var group in plan.Items.GroupBy(i => i.Visit).OrderBy(g => g.First().Start ?? DateOnly.MaxValue))
        {
            var first = group.First();
            var visit = instance.Visits[group.Key];
            var when = first.Start is { } s ? $"{s:yyyy-MM-dd} -> cut-over {first.CutOver:yyyy-MM-dd}, removed {first.Removed:yyyy-MM-dd}" : "not within the horizon";
            w.WriteLine($"  [{first.Wave ?? "-"}] {visit.Id}: {group.Count()} items, {Money(instance, visit.Cost)}, {when}");
            w.WriteLine($"      why: {first.Why}");
            foreach (var item in group.Where(i => i.Deadline is { Met: false }).Take(3))
            {
                w.WriteLine($"      misses {item.Deadline!.Date:yyyy-MM-dd} ({item.Item.Asset.Id}{(item.Deadline.DaysLate is { } late ? $", {late} days late" : ", not scheduled")})");
            }
        }
    }

    private static string Finish(Plan plan)
    {
        var ends = plan.Items.Where(i => i.Removed is not null).Select(i => i.Removed!.Value).ToList();
        return ends.Count == 0 ? "-" : ends.Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string Money(PlanInstance instance, decimal amount) => PlanExplainer.Money(instance, amount);
}
