using NetOrigin.Risk;

namespace NetOrigin.Reports.Risk;

/// <summary>
/// One stacked bar per role: each ultimate controller's share of the role's attributed assets, in the same colour
/// in every bar, with the HHI beside it. Each segment carries the controller id and the percentage of the JSON.
/// </summary>
internal static class SupplierSharesSvg
{
    private const double Left = 120, BarWidth = 560, BarHeight = 22, Gap = 10, Top = 40, Right = 190;
    private const double LabelMinimum = 6;
    private const string Grey = "#bdc3c7";
    private static readonly string[] Palette = ["#c0392b", "#2980b9", "#27ae60", "#8e44ad", "#d35400", "#16a085", "#2c3e50", "#f39c12", "#7f8c8d", "#e84393"];

    public static void Write(Stream output, IReadOnlyList<Concentration> roles, IReadOnlyList<SupplierRisk> suppliers)
    {
        // Colours follow the suppliers' overall rank, so one controller looks the same in every bar.
        var legend = suppliers.Take(Palette.Length).ToList();
        var colours = legend.Select((s, i) => (s.Controller.Id, Colour: Palette[i])).ToDictionary(c => c.Id, c => c.Colour, StringComparer.Ordinal);
        var height = Top + (roles.Count * (BarHeight + Gap)) + 30 + (legend.Count * 16);
        using var svg = new Svg(output, Left + BarWidth + Right, height, "Supplier shares per role, by ultimate controller");
        svg.Text(Left, 20, "Share of each role's assets by ultimate controller (HHI on the right)", bold: true);
        var y = Top;
        foreach (var role in roles)
        {
            svg.Text(Left - 8, y + 15, role.Key, "end");
            var x = Left;
            foreach (var share in role.Shares)
            {
                var width = BarWidth * (double)share.Percent / 100;
                var percent = RiskNumbers.Text(share.Percent);
                svg.Rect(x, y, width, BarHeight, colours.GetValueOrDefault(share.Controller.Id, Grey), $"{role.Key}: {share.Label} {percent}% ({share.Assets} assets)",
                    ("role", role.Key), ("controller", share.Controller.Id), ("percent", percent), ("assets", share.Assets.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                // Suppliers past the legend share one grey, so their segments carry their name where it fits.
                var named = colours.ContainsKey(share.Controller.Id);
                var label = !named && Fits($"{share.Label} {percent}%", width) ? $"{share.Label} {percent}%"
                    : (double)share.Percent >= LabelMinimum ? percent + "%" : null;
                if (label is not null)
                {
                    svg.Text(x + (width / 2), y + 15, label, "middle", named ? "#ffffff" : "#222222");
                }

                x += width;
            }

            var unattributed = role.Unattributed > 0 ? $"; {role.Unattributed} unattributed" : "";
            svg.Text(Left + BarWidth + 8, y + 15, $"HHI {RiskNumbers.Text(role.Hhi)}{unattributed}");
            y += BarHeight + Gap;
        }

        y += 10;
        foreach (var supplier in legend)
        {
            svg.Rect(Left, y, 12, 12, colours[supplier.Controller.Id], supplier.Label);
            svg.Text(Left + 18, y + 10, $"{supplier.Label} ({RiskNumbers.Text(supplier.SharePercent)}% of the network)");
            y += 16;
        }
    }

    /// <summary>Whether a label fits a segment, at the average width of a character of the 11-pixel font.</summary>
    private static bool Fits(string label, double width) => (label.Length * 6.2) + 8 <= width;
}
