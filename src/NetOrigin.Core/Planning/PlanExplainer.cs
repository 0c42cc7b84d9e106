using System.Globalization;

namespace NetOrigin.Planning;

/// <summary>
/// Says why each visit is where it is: for every earlier week it could have started in, which constraint stops
/// it there (lead time, precedence, blackout, budget, crews), judged with every other visit where the plan put it.
/// </summary>
internal static class PlanExplainer
{
    public static (IReadOnlyList<ItemPlan> Items, IReadOnlyList<PeriodPlan> Periods) Explain(PlanInstance instance, Schedule schedule)
    {
        var crews = schedule.CrewUse(instance);
        var spend = schedule.Spend(instance);
        var items = new List<ItemPlan>();
        for (var v = 0; v < instance.Visits.Count; v++)
        {
            var visit = instance.Visits[v];
            var (binding, why) = Why(instance, schedule, crews, spend, v);
            var present = schedule.Present(v);
            var start = present ? instance.WeekStart(schedule.StartOf(v)) : (DateOnly?)null;
            var cutOver = present ? instance.WeekStart(schedule.CutOverOf(instance, v)) : (DateOnly?)null;
            var removed = present ? instance.EndDate(schedule.EndOf(instance, v)) : (DateOnly?)null;
            var wave = present ? WaveOf(instance, schedule.StartOf(v)) : null;
            foreach (var item in visit.Items)
            {
                DeadlineOutcome? outcome = null;
                if (item.Deadline is { } d)
                {
                    var passed = d.Date < instance.Start;
                    outcome = removed is { } r
                        ? new DeadlineOutcome(d.Date, d.Text, r <= d.Date, r <= d.Date ? 0 : r.DayNumber - d.Date.DayNumber, passed)
                        : new DeadlineOutcome(d.Date, d.Text, false, null, passed);
                }

                items.Add(new ItemPlan(item, v, visit.Id, wave, start, cutOver, removed, binding, why, outcome));
            }
        }

        return (items, Periods(instance, schedule, crews, spend));
    }

    /// <summary>The budget period's label, or the calendar quarter when money is not limited.</summary>
    public static string WaveOf(PlanInstance instance, int week)
    {
        if (instance.BudgetLimited && instance.PeriodOf(week) is var p and >= 0)
        {
            return instance.Periods[p].Label;
        }

        var date = instance.WeekStart(week);
        return $"{date.Year}-Q{(date.Month - 1) / 3 + 1}";
    }

    private static (IReadOnlyList<string>, string) Why(PlanInstance instance, Schedule schedule, int[] crews, long[] spend, int v)
    {
        var visit = instance.Visits[v];
        var present = schedule.Present(v);
        var predecessors = instance.Predecessors[v];
        var missing = predecessors.FirstOrDefault(p => !schedule.Present(p), -1);
        if (!present && missing >= 0)
        {
            return (["precedence"], $"not done within the horizon: it waits for {instance.Visits[missing].Id}, which is not done either");
        }

        var own = OwnUse(instance, schedule, v);
        var crewsWithout = crews.Select((c, w) => c - own.Crews[w]).ToArray();
        var spendWithout = spend.Select((s, p) => s - own.Spend[p]).ToArray();
        var cutOver = predecessors.Where(schedule.Present).Select(p => schedule.CutOverOf(instance, p)).DefaultIfEmpty(0).Max();
        var last = present ? schedule.StartOf(v) - 1 : instance.Horizon - visit.Duration;
        var reasons = new SortedDictionary<string, (int From, int To)>(StringComparer.Ordinal);
        var free = new List<int>();
        for (var t = visit.Release; t <= last; t++)
        {
            var reason = t < cutOver ? "precedence"
                : !visit.StartAllowed(t) ? "blackout"
                : !BaselinePlanner.Affordable(instance, spendWithout, t, visit.Cost) ? "budget"
                : !BaselinePlanner.CrewsFree(instance, crewsWithout, t, visit.CrewWeeks) ? "crews"
                : null;
            if (reason is null)
            {
                free.Add(t);
                continue;
            }

            reasons[reason] = reasons.TryGetValue(reason, out var range) ? (range.From, t) : (t, t);
        }

        var parts = new List<string>();
        var binding = new List<string>();
        if (visit.Release > 0 && (!present || reasons.Count == 0 || schedule.StartOf(v) == visit.Release))
        {
            binding.Add("lead_time");
            parts.Add($"equipment lead time {visit.LeadWeeks} weeks: it can arrive from {instance.WeekStart(visit.Release):yyyy-MM-dd}");
        }

        foreach (var (reason, (from, to)) in reasons)
        {
            binding.Add(reason);
            parts.Add(reason switch
            {
                "precedence" => $"precedence: waits until {string.Join(", ", predecessors.Select(p => instance.Visits[p].Id).Take(3))}{(predecessors.Count > 3 ? $" and {predecessors.Count - 3} more" : "")} cut over ({instance.WeekStart(cutOver):yyyy-MM-dd})",
                "blackout" => $"blackout: {string.Join(", ", visit.Blackouts.Select(b => b.Reason).Distinct(StringComparer.Ordinal))} ({Range(instance, from, to)})",
                "budget" => $"budget: the money left could not pay its {Money(instance, visit.Cost)} for a start in {Range(instance, from, to)}",
                _ => $"crews: all crews busy for a start in {Range(instance, from, to)}",
            });
        }

        string why;
        if (present)
        {
            var when = $"starts {instance.WeekStart(schedule.StartOf(v)):yyyy-MM-dd}";
            why = parts.Count == 0 ? $"{when}, the first week possible" : $"{when}; {string.Join("; ", parts)}";
            if (free.Count > 0)
            {
                binding.Add("solver_limit");
                why += $"; it could have started from {instance.WeekStart(free[0]):yyyy-MM-dd} without breaking a constraint (the search stopped before finding that)";
            }
        }
        else if (visit.Release + visit.Duration > instance.Horizon)
        {
            binding.Add("horizon");
            why = $"not done within the horizon: lead time and work take {visit.Release + visit.Duration} weeks, the horizon is {instance.Horizon}";
        }
        else
        {
            why = $"not done within the horizon (ends {instance.EndDate(instance.Horizon):yyyy-MM-dd}); {(parts.Count == 0 ? "no constraint stops it: the search stopped first" : string.Join("; ", parts))}";
        }

        return (binding.Distinct(StringComparer.Ordinal).ToList(), why);
    }

    private static (int[] Crews, long[] Spend) OwnUse(PlanInstance instance, Schedule schedule, int v)
    {
        var crews = new int[instance.Horizon];
        var spend = new long[instance.Periods.Count];
        if (schedule.Present(v))
        {
            var s = schedule.StartOf(v);
            for (var w = s; w < s + instance.Visits[v].CrewWeeks && w < crews.Length; w++)
            {
                crews[w] = 1;
            }

            if (instance.PeriodOf(s) is var p and >= 0)
            {
                spend[p] = instance.Visits[v].Cost;
            }
        }

        return (crews, spend);
    }

    private static List<PeriodPlan> Periods(PlanInstance instance, Schedule schedule, int[] crews, long[] spend)
    {
        var periods = new List<PeriodPlan>();
        long available = 0, spent = 0;
        for (var p = 0; p < instance.Periods.Count; p++)
        {
            var period = instance.Periods[p];
            available = instance.CarryOver ? available - spent + period.Amount : period.Amount;
            spent = spend[p];
            periods.Add(PeriodOf(instance, schedule, crews, period.Label, period.From, period.To, period.FromWeek, period.ToWeek, period.Amount, available, spend[p]));
        }

        if (!instance.BudgetLimited)
        {
            // Without a budget, report by year.
            for (var year = instance.Start.Year; year <= instance.WeekStart(instance.Horizon).Year; year++)
            {
                var from = new DateOnly(year, 1, 1);
                var to = from.AddYears(1);
                var fromWeek = Math.Max(0, (int)Math.Ceiling((from.DayNumber - instance.Start.DayNumber) / 7.0));
                var toWeek = Math.Min(instance.Horizon, (int)Math.Ceiling((to.DayNumber - instance.Start.DayNumber) / 7.0));
                if (toWeek <= fromWeek)
                {
                    continue;
                }

                var cost = Enumerable.Range(0, instance.Visits.Count).Where(v => schedule.Present(v) && schedule.StartOf(v) >= fromWeek && schedule.StartOf(v) < toWeek).Sum(v => instance.Visits[v].Cost);
                periods.Add(PeriodOf(instance, schedule, crews, year.ToString(CultureInfo.InvariantCulture), from, to, fromWeek, toWeek, 0, 0, cost));
            }
        }

        return periods;
    }

    private static PeriodPlan PeriodOf(PlanInstance instance, Schedule schedule, int[] crews, string label, DateOnly from, DateOnly to, int fromWeek, int toWeek, long budget, long available, long spend)
    {
        var crewWeeks = 0;
        var capacity = 0;
        for (var w = fromWeek; w < toWeek; w++)
        {
            crewWeeks += crews[w];
            capacity += instance.Crews[w];
        }

        var started = 0;
        var removed = 0;
        for (var v = 0; v < instance.Visits.Count; v++)
        {
            if (!schedule.Present(v))
            {
                continue;
            }

            started += schedule.StartOf(v) >= fromWeek && schedule.StartOf(v) < toWeek ? 1 : 0;
            var end = instance.EndDate(schedule.EndOf(instance, v));
            removed += end >= from && end < to ? instance.Visits[v].Items.Count : 0;
        }

        return new PeriodPlan(label, from, to, budget, available, spend, crewWeeks, capacity, started, removed);
    }

    private static string Range(PlanInstance instance, int from, int to) =>
        from == to ? $"the week of {instance.WeekStart(from):yyyy-MM-dd}" : $"{instance.WeekStart(from):yyyy-MM-dd} to {instance.WeekStart(to):yyyy-MM-dd}";

    public static string Money(PlanInstance instance, decimal amount) => Money(instance.Currency, amount);

    public static string Money(string currency, decimal amount)
    {
        var symbol = currency switch { "USD" => "$", "GBP" => "£", "EUR" => "€", _ => currency + " " };
        var abs = Math.Abs(amount);
        var text = abs >= 1_000_000 ? (abs / 1_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + "M"
            : abs >= 10_000 ? (abs / 1_000m).ToString("0.#", CultureInfo.InvariantCulture) + "k"
            : abs.ToString("0", CultureInfo.InvariantCulture);
        return (amount < 0 ? "-" : "") + symbol + text;
    }
}
