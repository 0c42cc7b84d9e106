namespace NetOrigin.Server.Web;

/// <summary>
/// Findings per status across runs, drawn as SVG on the server: one line per status over the runs in order, with
/// the y axis from zero to the largest count. Coordinates only; the page writes the markup (and so encodes it).
/// </summary>
public sealed class TrendChart
{
    public const int Width = 640;
    public const int Height = 220;
    public const int Left = 48;
    public const int Bottom = 28;
    public const int Top = 12;
    public const int Right = 16;

    public TrendChart(IReadOnlyList<RunSummary> runs, IEnumerable<string> statuses)
    {
        Runs = runs;
        Max = Math.Max(1, runs.SelectMany(r => r.ByStatus.Values).DefaultIfEmpty(0).Max());
        Series = statuses
            .Where(s => runs.Any(r => r.Count(s) > 0))
            .Select(s => new TrendSeries(s, string.Join(' ', runs.Select((r, i) => $"{SvgNumber.Of(X(i))},{SvgNumber.Of(Y(r.Count(s)))}"))))
            .ToList();
    }

    public IReadOnlyList<RunSummary> Runs { get; }
    public long Max { get; }
    public IReadOnlyList<TrendSeries> Series { get; }

    public double X(int index) => Runs.Count <= 1 ? Left + ((Width - Left - Right) / 2.0) : Left + (index * (Width - Left - Right) / (double)(Runs.Count - 1));

    public double Y(long count) => Height - Bottom - (count * (Height - Bottom - Top) / (double)Max);
}

public sealed record TrendSeries(string Status, string Points);
