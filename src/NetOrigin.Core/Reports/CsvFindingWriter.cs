using NetOrigin.Assessment;
using NetOrigin.Entities;
using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Reports;

/// <summary>
/// One CSV row per finding, for spreadsheets; the evidence chain is one cell, steps joined by " | ". Written as
/// UTF-8 straight into one buffered stream: each shared step's text and each owner chain is encoded once, and an
/// asset's own steps once for all its packs' rows.
/// </summary>
public sealed class CsvFindingWriter(Stream output) : IFindingSink, IDisposable
{
    private const int MaxCached = 200_000;

    private static readonly string[] Columns =
    [
        "asset_id", "asset_name", "site", "pack", "status", "deadline", "manufacturer", "confidence",
        "owner_chain", "ultimate_controller", "designation", "missing_field", "evidence", "file", "line", "tool_version", "reference_data",
    ];

    private static readonly Utf8CsvWriter.Fragment Separator = Utf8CsvWriter.Fragment.Of(" | ");
    private static readonly Utf8CsvWriter.Fragment Empty = Utf8CsvWriter.Fragment.Cell(null);
    private readonly Utf8CsvWriter _csv = new(output);
    private readonly Dictionary<EvidenceStep, Utf8CsvWriter.Fragment> _sharedSteps = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<EvidenceStep, Utf8CsvWriter.Fragment> _assetSteps = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ControlChain, (Utf8CsvWriter.Fragment Chain, Utf8CsvWriter.Fragment Controller)> _chains = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Utf8CsvWriter.Fragment> _cells = new(StringComparer.Ordinal);
    private readonly List<Utf8CsvWriter.Fragment> _evidence = new(16);
    private Asset? _current;
    private byte[] _versionCells = ",\n"u8.ToArray();

    public void Begin(AssessmentContext context)
    {
        _csv.Raw(System.Text.Encoding.UTF8.GetBytes(string.Join(',', Columns) + "\n"));
        if (context.Versions is { } versions)
        {
            _versionCells = System.Text.Encoding.UTF8.GetBytes($"{CsvCell.Format(versions.ToolVersion)},{versions.Digest}\n");
        }
    }

    public void Write(Finding finding)
    {
        var asset = finding.Asset;
        if (!ReferenceEquals(asset, _current))
        {
            // An asset's own steps serve the rows of all its packs, then are dropped.
            _current = asset;
            _assetSteps.Clear();
        }

        var chain = finding.OwnerChain;
        var maker = finding.Attribution.Manufacturer;
        _csv.Cell(asset.Id);
        _csv.Cell(asset.Name);
        _csv.Cell(Shared(asset.Site));
        _csv.Cell(Shared(finding.PackId));
        _csv.Cell(Shared(finding.Status.Name()));
        _csv.Cell(finding.Deadline, "yyyy-MM-dd");
        _csv.Cell(finding.Attribution.OperatingSystemOnly || maker is null ? Empty : Shared(maker.Name));
        _csv.Cell(maker is null ? (double?)null : finding.Attribution.Confidence, "0.###");
        if (chain is null)
        {
            _csv.Cell(Empty);
            _csv.Cell(Empty);
        }
        else
        {
            var (text, controller) = ChainCells(chain);
            _csv.Cell(text);
            _csv.Cell(controller);
        }

        _csv.Cell(Shared(finding.DesignationId));
        _csv.Cell(Shared(finding.MissingField));
        _evidence.Clear();
        foreach (var step in finding.Evidence)
        {
            _evidence.Add(Describe(step));
        }

        _csv.Cell(_evidence, Separator);
        _csv.Cell(Shared(asset.Source.File));
        _csv.Number(asset.Source.Line);
        _csv.Byte((byte)',');
        _csv.Raw(_versionCells);
    }

    /// <summary>A cell whose value recurs across rows (site, pack, maker, file), encoded once.</summary>
    private Utf8CsvWriter.Fragment Shared(string? value)
    {
        if (value is null)
        {
            return Empty;
        }

        if (!_cells.TryGetValue(value, out var cell))
        {
            cell = Utf8CsvWriter.Fragment.Cell(value);
            if (_cells.Count < MaxCached)
            {
                _cells[value] = cell;
            }
        }

        return cell;
    }

    private (Utf8CsvWriter.Fragment, Utf8CsvWriter.Fragment) ChainCells(ControlChain chain)
    {
        if (!_chains.TryGetValue(chain, out var cells))
        {
            cells = (Utf8CsvWriter.Fragment.Cell(DesignationMatcher.ChainText(chain)), Utf8CsvWriter.Fragment.Cell(chain.UltimateController.Name));
            if (_chains.Count < MaxCached)
            {
                _chains[chain] = cells;
            }
        }

        return cells;
    }

    /// <summary>A step with its authorities: registry or fingerprint text, and source ids (see the JSON report's sources).</summary>
    private Utf8CsvWriter.Fragment Describe(EvidenceStep step)
    {
        var cache = step.Shared || step.Reused ? _sharedSteps : _assetSteps;
        if (cache.TryGetValue(step, out var fragment))
        {
            return fragment;
        }

        fragment = Utf8CsvWriter.Fragment.Of(Text(step));
        if (cache.Count < MaxCached)
        {
            cache[step] = fragment;
        }

        return fragment;
    }

    private static string Text(EvidenceStep step)
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

    public void Reject(Rejection rejection)
    {
    }

    public void End(AssessmentSummary summary)
    {
        _csv.Flush();
        output.Flush();
    }

    public void Dispose() => _csv.Dispose();
}
