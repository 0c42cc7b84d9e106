using System.Globalization;
using System.Text;
using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Reports;

/// <summary>One CSV row per finding, for spreadsheets; the evidence chain is one cell, steps joined by " | ".</summary>
public sealed class CsvFindingWriter(TextWriter output) : IFindingSink
{
    private static readonly string[] Columns =
    [
        "asset_id", "asset_name", "site", "pack", "status", "deadline", "manufacturer", "confidence",
        "owner_chain", "ultimate_controller", "designation", "missing_field", "evidence", "file", "line", "tool_version", "reference_data",
    ];

    private readonly StringBuilder _line = new(1024);
    private string _versionCells = ",";

    public void Begin(AssessmentContext context)
    {
        output.Write(string.Join(',', Columns) + "\n");
        if (context.Versions is { } versions)
        {
            _versionCells = $",{CsvCell.Format(versions.ToolVersion)},{versions.Digest}";
        }
    }

    public void Write(Finding finding)
    {
        _line.Clear();
        var chain = finding.OwnerChain;
        Cell(finding.Asset.Id);
        Cell(finding.Asset.Name);
        Cell(finding.Asset.Site);
        Cell(finding.PackId);
        Cell(finding.Status.Name());
        Cell(finding.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Cell(finding.Attribution.OperatingSystemOnly ? null : finding.Attribution.Manufacturer?.Name);
        Cell(finding.Attribution.Manufacturer is null ? null : finding.Attribution.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
        Cell(chain is null ? null : DesignationMatcher.ChainText(chain));
        Cell(chain?.UltimateController.Name);
        Cell(finding.DesignationId);
        Cell(finding.MissingField);
        Cell(string.Join(" | ", finding.Evidence.Select(Describe)));
        Cell(finding.Asset.Source.File);
        _line.Append(finding.Asset.Source.Line.ToString(CultureInfo.InvariantCulture)).Append(_versionCells).Append('\n');
        output.Write(_line);
    }

    /// <summary>A step with its authorities: registry or fingerprint text, and source ids (see the JSON report's sources).</summary>
    private static string Describe(EvidenceStep step)
    {
        var authorities = new List<string>(2);
        if (step.Source is not null)
        {
            authorities.Add(step.Source);
        }

        if (step.Sources is { Count: > 0 } sources)
        {
            authorities.Add(string.Join("; ", sources.Select(s => s.Id)));
        }

        return authorities.Count == 0 ? step.Text : $"{step.Text} [{string.Join("; ", authorities)}]";
    }

    private void Cell(string? value)
    {
        CsvCell.Append(_line, value);
        _line.Append(',');
    }

    public void Reject(Rejection rejection)
    {
    }

    public void End(AssessmentSummary summary) => output.Flush();
}
