using NetOrigin.Risk;

namespace NetOrigin.Reports.Risk;

/// <summary>
/// A heat map of the riskiest sites: one row per site, one column per criterion, each cell the criterion's
/// contribution to the site's score (darker for a larger share of its weight), and the score at the end. Each cell
/// carries the site, criterion and contribution of the JSON.
/// </summary>
internal static class SiteRiskSvg
{
    private const double Left = 200, Cell = 96, Row = 22, Top = 70;

    public static void Write(Stream output, IReadOnlyList<SiteRisk> sites, RiskModel model)
    {
        var columns = model.Criteria.Count;
        var width = Left + ((columns + 1) * Cell) + 20;
        var height = Top + (sites.Count * Row) + 30;
        using var svg = new Svg(output, width, height, "Risk by site and criterion");
        svg.Text(10, 20, $"Riskiest sites: each criterion's contribution to the mean asset score (model {model.Id} {model.Version})", bold: true);
        for (var c = 0; c < columns; c++)
        {
            var criterion = model.Criteria[c];
            svg.Text(Left + (c * Cell) + (Cell / 2), Top - 22, criterion.Id, "middle");
            svg.Text(Left + (c * Cell) + (Cell / 2), Top - 8, $"of {RiskNumbers.Text(criterion.Weight)}", "middle", "#666666");
        }

        svg.Text(Left + (columns * Cell) + (Cell / 2), Top - 8, "score", "middle", bold: true);
        var y = Top;
        foreach (var site in sites)
        {
            svg.Text(Left - 8, y + 15, site.Site, "end");
            for (var c = 0; c < columns; c++)
            {
                var term = site.Score.Terms[c];
                var contribution = RiskNumbers.Text(term.Contribution);
                var share = term.Weight == 0 ? 0 : (double)(term.Contribution / term.Weight);
                var unknown = term.UnknownWeight > 0 ? $"; {RiskNumbers.Text(term.UnknownWeight)} of its weight unknown" : "";
                svg.Rect(Left + (c * Cell), y, Cell, Row, Heat(share), $"{site.Site}, {term.Criterion.Id}: {contribution} of {RiskNumbers.Text(term.Weight)}{unknown}",
                    ("site", site.Site), ("criterion", term.Criterion.Id), ("contribution", contribution), ("unknown-weight", RiskNumbers.Text(term.UnknownWeight)));
                svg.Text(Left + (c * Cell) + (Cell / 2), y + 15, contribution + (term.UnknownWeight > 0 ? " ?" : ""), "middle", share > 0.55 ? "#ffffff" : "#222222");
            }

            svg.Text(Left + (columns * Cell) + (Cell / 2), y + 15, RiskNumbers.Text(site.Score.Value), "middle", bold: true);
            y += Row;
        }

        svg.Text(10, y + 20, "? = part of the weight could not be assessed for some assets (unknown, not zero risk)", fill: "#666666");
    }

    /// <summary>White for nothing, deep red for the whole weight.</summary>
    private static string Heat(double share)
    {
        var t = Math.Clamp(share, 0, 1);
        var g = (int)Math.Round(255 - (t * 200));
        var b = (int)Math.Round(255 - (t * 215));
        return $"#ff{g:x2}{b:x2}";
    }
}
