namespace NetOrigin.Planning;

/// <summary>Copies of an instance with more or less money, crews or time: the what-if runs and the fix search use them.</summary>
internal static class InstanceVariants
{
    /// <summary>Every period's money times <paramref name="factor"/>.</summary>
    public static PlanInstance ScaleBudget(this PlanInstance instance, double factor) =>
        With(instance, periods: instance.Periods.Select(p => p with { Amount = (long)Math.Round(p.Amount * factor) }).ToList());

    /// <summary><paramref name="extra"/> more money in period <paramref name="period"/>.</summary>
    public static PlanInstance AddMoney(this PlanInstance instance, int period, long extra) =>
        With(instance, periods: instance.Periods.Select((p, i) => i == period ? p with { Amount = p.Amount + extra } : p).ToList());

    /// <summary><paramref name="delta"/> more (or fewer) crews from week <paramref name="fromWeek"/> on.</summary>
    public static PlanInstance AddCrews(this PlanInstance instance, int delta, int fromWeek = 0) =>
        With(instance, crews: instance.Crews.Select((c, w) => w >= fromWeek ? Math.Max(0, c + delta) : c).ToArray());

    /// <summary>
    /// Deadlines moved <paramref name="months"/> later: those of the programme's removal term when there are any
    /// (an extension is granted on the term), else every deadline not yet passed.
    /// </summary>
    public static PlanInstance ExtendDeadlines(this PlanInstance instance, int months)
    {
        var programme = instance.Visits.Any(v => v.Deadlines.Any(IsProgramme));
        var visits = instance.Visits.Select(v => v.WithDeadlines(v.Deadlines.Select(d =>
        {
            if ((programme && !IsProgramme(d)) || (!programme && d.Date < instance.Start))
            {
                return d;
            }

            var date = d.Date.AddMonths(months);
            return d with { Date = date, LatestEnd = (int)Math.Floor((date.DayNumber - instance.Start.DayNumber + 1) / 7.0) };
        }).ToList())).ToList();
        return With(instance, visits: visits);
    }

    private static bool IsProgramme(VisitDeadline d) => d.Source.Contains("programme/", StringComparison.Ordinal);

    private static PlanInstance With(PlanInstance instance, IReadOnlyList<PeriodWindow>? periods = null, int[]? crews = null, IReadOnlyList<Visit>? visits = null) => new()
    {
        Start = instance.Start,
        Horizon = instance.Horizon,
        Visits = visits ?? instance.Visits,
        Crews = crews ?? instance.Crews,
        Periods = periods ?? instance.Periods,
        CarryOver = instance.CarryOver,
        BudgetLimited = instance.BudgetLimited,
        Precedence = instance.Precedence,
        Currency = instance.Currency,
        Finished = instance.Finished,
    };
}
