namespace NetOrigin.Planning;

/// <summary>
/// What would let a missed deadline be met, computed by re-planning rather than guessed: the least extra money in
/// one budget period, or the fewest extra crews from the latest month that still works, with which the
/// earliest-deadline-first schedule meets every deadline up to that date. Each answer is checked by a re-plan.
/// </summary>
internal static class DeadlineFixes
{
    private const int MaxExtraCrews = 64;

    /// <summary>
    /// The fixes for <paramref name="deadline"/>; <paramref name="inTime"/> is asked before each re-plan and stops the
    /// search when it says no (large instances), which the answer then says.
    /// </summary>
    public static IReadOnlyList<string> For(PlanInstance instance, DateOnly deadline, Func<bool>? inTime = null)
    {
        var search = new Search(instance, inTime ?? (() => true));
        try
        {
            return search.For(deadline);
        }
        catch (OutOfTime)
        {
            return [$"not sized: re-planning {search.Replans} times did not finish within the time allowed; re-plan this deadline's items alone (--roles) to size it"];
        }
    }

    private sealed class OutOfTime : Exception;

    private sealed class Search(PlanInstance instance, Func<bool> inTime)
    {
        public int Replans { get; private set; }

        public bool MeetsUpTo(PlanInstance variant, DateOnly date)
        {
            if (!inTime())
            {
                throw new OutOfTime();
            }

            Replans++;
            return DeadlineFixes.MeetsUpTo(variant, date);
        }

        public IReadOnlyList<string> For(DateOnly deadline)
        {
            if (deadline < instance.Start)
            {
                return [$"it had passed when planning began ({instance.Start:yyyy-MM-dd}); only an agreed extension or waiver moves it"];
            }

            if (MeetsUpTo(instance, deadline))
            {
                return ["re-ordering alone meets it: the earliest-deadline-first schedule does, at the price of later or lighter deadlines"];
            }

            var fixes = new List<string>();
            if (instance.BudgetLimited && Money(deadline) is { } money)
            {
                fixes.Add(money);
            }

            if (Crews(deadline) is { } crews)
            {
                fixes.Add(crews);
            }

            if (fixes.Count == 0)
            {
                var unlimited = instance.BudgetLimited ? instance.ScaleBudget(1000) : instance;
                unlimited = unlimited.AddCrews(MaxExtraCrews);
                fixes.Add(MeetsUpTo(unlimited, deadline)
                    ? "money or crews alone do not fix it; both together do (re-plan with a larger budget and more crews to size them)"
                    : "neither money nor crews fix it: lead times, blackouts or precedence leave too little time; only an extension does");
            }

            return fixes;
        }

        private string? Money(DateOnly deadline)
        {
            var ceiling = Math.Max(1, instance.TotalCost);
            (long Amount, int Period)? best = null;
            for (var p = 0; p < instance.Periods.Count; p++)
            {
                var period = instance.Periods[p];
                if (period.ToWeek <= period.FromWeek || period.From > deadline || !MeetsUpTo(instance.AddMoney(p, ceiling), deadline))
                {
                    continue;
                }

                // Least amount (to the nearest thousand) with which the re-plan meets the deadline.
                long low = 0, high = ceiling;
                while (high - low > 1000)
                {
                    var mid = low + (high - low) / 2;
                    if (MeetsUpTo(instance.AddMoney(p, mid), deadline))
                    {
                        high = mid;
                    }
                    else
                    {
                        low = mid;
                    }
                }

                var amount = (high + 999) / 1000 * 1000;
                if (best is null || amount <= best.Value.Amount)
                {
                    best = (amount, p);
                }
            }

            return best is { } b
                ? $"{PlanExplainer.Money(instance, b.Amount)} more in {instance.Periods[b.Period].Label}"
                : null;
        }

        private string? Crews(DateOnly deadline)
        {
            if (!MeetsUpTo(instance.AddCrews(MaxExtraCrews), deadline))
            {
                return null;
            }

            int low = 0, high = MaxExtraCrews;
            while (high - low > 1)
            {
                var mid = (low + high) / 2;
                if (MeetsUpTo(instance.AddCrews(mid), deadline))
                {
                    high = mid;
                }
                else
                {
                    low = mid;
                }
            }

            // The latest month from which that many more crews still suffice.
            var lastWeek = Math.Min(instance.Horizon - 1, instance.WeekOf(deadline));
            var from = 0;
            var month = instance.Start;
            while (true)
            {
                var next = new DateOnly(month.Year, month.Month, 1).AddMonths(1);
                var week = instance.WeekOf(next);
                if (week > lastWeek || !MeetsUpTo(instance.AddCrews(high, week), deadline))
                {
                    break;
                }

                from = week;
                month = next;
            }

            var start = instance.WeekStart(from);
            return $"{high} more crew{(high == 1 ? "" : "s")} from {start:yyyy-MM}";
        }
    }

    /// <summary>Whether the baseline meets every deadline on or before <paramref name="date"/>.</summary>
    internal static bool MeetsUpTo(PlanInstance instance, DateOnly date)
    {
        var schedule = BaselinePlanner.Place(instance);
        for (var v = 0; v < instance.Visits.Count; v++)
        {
            foreach (var d in instance.Visits[v].Deadlines)
            {
                if (d.Date >= instance.Start && d.Date <= date && (!schedule.Present(v) || schedule.EndOf(instance, v) > d.LatestEnd))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
