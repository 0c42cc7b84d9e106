using System.Globalization;
using System.Net;

namespace NetOrigin.Planning.Reports;

/// <summary>Draws the burn-down as a self-contained SVG: recorded (solid), planned (dashed), deadlines (red verticals).</summary>
public static class BurndownSvg
{
    private const int Width = 720;
    private const int Height = 320;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 24;
    private const int Bottom = 40;

    public static void Write(TextWriter w, Burndown chart, string title)
    {
        var points = chart.Recorded.Concat(chart.Planned).ToList();
        var first = points.Min(p => p.Date);
        var last = points.Max(p => p.Date);
        foreach (var (date, _) in chart.Deadlines)
        {
            first = date < first ? date : first;
            last = date > last ? date : last;
        }

        var span = Math.Max(1, last.DayNumber - first.DayNumber);
        var max = Math.Max(1, points.Max(p => p.Remaining));
        string X(DateOnly d) => F(Left + (double)(d.DayNumber - first.DayNumber) / span * (Width - Left - Right));
        string Y(int remaining) => F(Top + (1 - (double)remaining / max) * (Height - Top - Bottom));

        w.Write($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Escape(title)}\">\n");
        w.Write($"<title>{Escape(title)}</title>\n");
        w.Write("<style>text{font:11px sans-serif;fill:#222}.axis{stroke:#444;stroke-width:1}.rec{fill:none;stroke:#1f5fa8;stroke-width:2}.plan{fill:none;stroke:#1f5fa8;stroke-width:2;stroke-dasharray:6 4}.dl{stroke:#c0392b;stroke-width:1;stroke-dasharray:3 3}.now{stroke:#888;stroke-width:1}</style>\n");
        w.Write($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\"/>\n");
        w.Write($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\"/>\n");
        for (var i = 0; i <= 4; i++)
        {
            var value = (int)Math.Round(max * i / 4.0);
            w.Write($"<text x=\"{Left - 6}\" y=\"{Y(value)}\" text-anchor=\"end\" dominant-baseline=\"middle\">{value}</text>\n");
        }

        for (var year = first.Year; year <= last.Year + 1; year++)
        {
            var jan = new DateOnly(year, 1, 1);
            if (jan >= first && jan <= last)
            {
                w.Write($"<text x=\"{X(jan)}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{year}</text>\n");
            }
        }

        w.Write($"<text x=\"{Left}\" y=\"{Top - 8}\">{Escape(title)}: covered items still in the network</text>\n");
        w.Write($"<polyline class=\"rec\" points=\"{Steps(chart.Recorded, X, Y)}\"/>\n");
        w.Write($"<polyline class=\"plan\" points=\"{Steps(chart.Planned, X, Y)}\"/>\n");
        w.Write($"<line class=\"now\" x1=\"{X(chart.AsOf)}\" y1=\"{Top}\" x2=\"{X(chart.AsOf)}\" y2=\"{Height - Bottom}\"/>\n");
        var row = 0;
        foreach (var (date, label) in chart.Deadlines)
        {
            w.Write($"<line class=\"dl\" x1=\"{X(date)}\" y1=\"{Top}\" x2=\"{X(date)}\" y2=\"{Height - Bottom}\"/>\n");
            w.Write($"<text x=\"{X(date)}\" y=\"{Top + 12 + 12 * (row++ % 3)}\" text-anchor=\"end\" fill=\"#c0392b\">{date:yyyy-MM-dd} {Escape(Short(label))}</text>\n");
        }

        w.Write($"<text x=\"{Width - Right}\" y=\"{Height - 6}\" text-anchor=\"end\">solid: recorded to {chart.AsOf:yyyy-MM-dd}; dashed: planned; red: deadlines</text>\n");
        w.Write("</svg>\n");
    }

    private static string Steps(IReadOnlyList<BurndownPoint> points, Func<DateOnly, string> x, Func<int, string> y)
    {
        var parts = new List<string>(points.Count * 2);
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0)
            {
                parts.Add($"{x(points[i].Date)},{y(points[i - 1].Remaining)}");
            }

            parts.Add($"{x(points[i].Date)},{y(points[i].Remaining)}");
        }

        return string.Join(' ', parts);
    }

    private static string Short(string label) => label.Length <= 40 ? label : label[..39] + "…";

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
