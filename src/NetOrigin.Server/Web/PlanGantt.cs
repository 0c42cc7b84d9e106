using System.Globalization;
using System.Text.Json;

namespace NetOrigin.Server.Web;

/// <summary>
/// A plan's visits over the weeks of its horizon, drawn as SVG on the server from the plan's JSON (docs/planning.md,
/// "Plan JSON"): one row per visit, crew work from start to cut-over and parallel running to the end, each
/// deadline a vertical line. A visit with an item past its deadline and a missed deadline are marked by shape and
/// text (dashed, "late", "missed"), not by colour alone. Coordinates only; the page writes (and so encodes) the markup.
/// </summary>
public sealed class PlanGantt
{
    public const int Width = 960;
    public const int Left = 220;
    public const int Right = 16;
    public const int Top = 40;
    public const int Row = 22;
    public const int Bottom = 28;

    /// <summary>Rows drawn at most; the rest are counted below the chart, so a large plan stays a page.</summary>
    public const int MaxRows = 80;

    public PlanGantt(JsonElement plan)
    {
        From = Day(plan.GetProperty("start"))!.Value;
        To = Day(plan.GetProperty("horizon_end"))!.Value;
        var missedItems = plan.GetProperty("items").EnumerateArray()
            .Where(i => i.TryGetProperty("deadline", out var d) && d.ValueKind == JsonValueKind.Object && !d.GetProperty("met").GetBoolean())
            .Select(i => i.GetProperty("asset_id").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        var visits = plan.GetProperty("visits").EnumerateArray()
            .Select(v => new GanttVisit(
                v.GetProperty("id").GetString()!,
                v.GetProperty("site").GetString()!,
                FindingDocument.Text(v, "wave"),
                Day(v.GetProperty("start")),
                Day(v.GetProperty("cut_over")),
                Day(v.GetProperty("end")),
                v.GetProperty("items").EnumerateArray().Count(i => missedItems.Contains(i.GetString()!))))
            .OrderBy(v => v.Start ?? DateOnly.MaxValue).ThenBy(v => v.Id, StringComparer.Ordinal)
            .ToList();
        Visits = visits.Take(MaxRows).ToList();
        NotDrawn = visits.Count - Visits.Count;
        Deadlines = plan.GetProperty("deadlines").EnumerateArray()
            .Select(d => new GanttDeadline(Day(d.GetProperty("date"))!.Value, d.GetProperty("source").GetString()!, d.GetProperty("items").GetInt32(), d.GetProperty("missed").GetInt32()))
            .Where(d => d.Date >= From && d.Date <= To)
            .ToList();
    }

    public DateOnly From { get; }
    public DateOnly To { get; }
    public IReadOnlyList<GanttVisit> Visits { get; }
    public int NotDrawn { get; }
    public IReadOnlyList<GanttDeadline> Deadlines { get; }

    public int Height => Top + Math.Max(1, Visits.Count) * Row + Bottom;

    public double X(DateOnly day) => Left + ((Math.Clamp(day.DayNumber, From.DayNumber, To.DayNumber) - From.DayNumber) * (Width - Left - Right) / (double)Math.Max(1, To.DayNumber - From.DayNumber));

    public double Y(int row) => Top + (row * Row);

    /// <summary>Week starts to label along the axis: every few weeks, so that at most about eight labels fit.</summary>
    public IEnumerable<DateOnly> Ticks()
    {
        var weeks = Math.Max(1, (To.DayNumber - From.DayNumber) / 7);
        var step = Math.Max(1, (int)Math.Ceiling(weeks / 8.0));
        for (var week = 0; week <= weeks; week += step)
        {
            yield return From.AddDays(week * 7);
        }
    }

    private static DateOnly? Day(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}

/// <summary>One bar: a visit's crew work (start to cut-over) and parallel running (to the end); how many of its items miss their deadline.</summary>
public sealed record GanttVisit(string Id, string Site, string? Wave, DateOnly? Start, DateOnly? CutOver, DateOnly? End, int Late)
{
    public bool Scheduled => Start is not null;

    public string Label => $"{Id} ({Site}){(Wave is { } w ? $", wave {w}" : "")}";

    public string Summary => !Scheduled ? $"{Label}: not scheduled within the horizon"
        : $"{Label}: work {Start:yyyy-MM-dd} to {CutOver:yyyy-MM-dd}, running in parallel to {End:yyyy-MM-dd}{(Late > 0 ? $", {Late} item(s) late" : "")}";
}

/// <summary>A deadline on the chart: how many items it governs, and how many of them miss it (late, or not scheduled at all).</summary>
public sealed record GanttDeadline(DateOnly Date, string Source, int Items, int Missed)
{
    public string Summary => $"deadline {Date:yyyy-MM-dd} ({Source}): {Items} item(s), {(Missed > 0 ? $"{Missed} missed" : "all met")}";
}
