using System.Text;
using NetOrigin.Risk;

namespace NetOrigin.Reports.Risk;

/// <summary>
/// One CSV row per asset: where it was read, its supplier, its score, and each criterion's value and contribution
/// ("unknown" where it could not be established). Cells a spreadsheet would execute are made safe.
/// </summary>
public sealed class RiskCsvWriter(TextWriter output) : IRiskSink
{
    private readonly StringBuilder _line = new(512);
    private IReadOnlyList<RiskCriterion> _criteria = [];

    public void Begin(RiskOverview overview)
    {
        _criteria = overview.Model.Criteria;
        var header = new List<string> { "asset_id", "asset_name", "site", "maker", "controller", "function", "score", "unknown_weight", "upper" };
        foreach (var criterion in _criteria)
        {
            header.Add(criterion.Id + "_value");
            header.Add(criterion.Id + "_contribution");
        }

        header.Add("file");
        header.Add("line");
        output.Write(string.Join(',', header) + "\n");
    }

    public void Site(SiteRisk site)
    {
    }

    public void Network(NetworkRisk network)
    {
    }

    public void Asset(AssetRisk asset)
    {
        var line = _line.Clear();
        Cell(asset.Id, first: true);
        Cell(asset.Name);
        Cell(asset.Site);
        Cell(asset.Maker?.Id);
        Cell(asset.Controller?.Id);
        Cell(asset.Function.Name);
        Cell(RiskNumbers.Text(asset.Score.Value));
        Cell(RiskNumbers.Text(asset.Score.UnknownWeight));
        Cell(RiskNumbers.Text(asset.Score.Upper));
        foreach (var term in asset.Score.Terms)
        {
            Cell(term.Value.Level ?? (term.Value.Number is { } n ? RiskNumbers.Text(n) : "unknown"));
            Cell(term.Contribution is { } c ? RiskNumbers.Text(c) : "unknown");
        }

        Cell(asset.File);
        Cell(asset.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        line.Append('\n');
        output.Write(line);
    }

    public void End() => output.Flush();

    private void Cell(string? value, bool first = false)
    {
        if (!first)
        {
            _line.Append(',');
        }

        CsvCell.Append(_line, value);
    }
}
