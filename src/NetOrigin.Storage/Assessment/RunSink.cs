using System.Text;
using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Reports;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Storage.Assessment;

/// <summary>
/// Where a job's assessment streams: the assets (when the import is being read now), the rejected records, and
/// every finding with its evidence, written in batches (by the <see cref="WritingThread"/>, while the next batch
/// is filled) that stay invisible until the job marks its import and run complete. At the end it keeps the run's report (the JSON of <c>assess --format json</c> without the findings,
/// which live in their table).
/// </summary>
internal sealed class RunSink : IFindingSink
{
    private const int BatchRows = 16_384;

    private readonly WritingThread _writer;
    private RowBatch _batch;
    private readonly bool _storeAssets;
    private readonly bool _storeRejections;
    private readonly JobProgress _progress;
    private readonly CancellationToken _cancellation;
    private readonly Dictionary<string, int> _packNumbers = new(StringComparer.Ordinal);
    private readonly EvidenceEncoder _evidence = new();
    private AssessmentContext? _context;
    private Asset? _lastAsset;
    private long _assetNo;
    private long _rejectionNo;

    public RunSink(WritingThread writer, bool storeAssets, bool storeRejections, JobProgress progress, CancellationToken cancellation)
    {
        _writer = writer;
        _batch = writer.Take();
        _storeAssets = storeAssets;
        _storeRejections = storeRejections;
        _progress = progress;
        _cancellation = cancellation;
    }

    /// <summary>The run's report without findings, once <see cref="End"/> has been called.</summary>
    public string? Report { get; private set; }

    public long Findings { get; private set; }

    public void Begin(AssessmentContext context)
    {
        _context = context;
        for (var i = 0; i < context.Packs.Count; i++)
        {
            _packNumbers[context.Packs[i].Id] = i;
        }
    }

    public void Write(Finding finding) => Add(finding);

    public void Reject(Rejection rejection) => AddRejection(rejection);

    /// <summary>An accepted asset with no findings to write (an import that is not assessed now).</summary>
    public void AddAsset(Asset asset)
    {
        _assetNo++;
        _progress.Record();
        if (_storeAssets)
        {
            _batch.Assets.Add(new AssetRow(_assetNo, asset.Id, asset.Name, asset.Site, asset.Source.Line, AssetCodec.Encode(asset)));
        }

        FlushIfFull();
    }

    public void AddRejection(Rejection rejection)
    {
        _rejectionNo++;
        _progress.Reject();
        if (_storeRejections)
        {
            _batch.Rejections.Add(new RejectionRow(_rejectionNo, rejection.Source.Line, rejection.Reason, rejection.Excerpt));
        }

        FlushIfFull();
    }

    private void Add(Finding finding)
    {
        if (!ReferenceEquals(finding.Asset, _lastAsset))
        {
            _lastAsset = finding.Asset;
            AddAsset(finding.Asset);
        }

        var (manufacturer, ownerChain, chain, values) = _evidence.Encode(finding);
        var maker = finding.Attribution.Manufacturer is { } m && !finding.Attribution.OperatingSystemOnly ? m.Id : null;
        var waiver = finding.Status == FindingStatus.Waived ? finding.Evidence.LastOrDefault(e => e.Facts.Waiver is not null)?.Facts.Waiver : null;
        _batch.Findings.Add(new FindingRow(
            ++Findings,
            _assetNo,
            _packNumbers[finding.PackId],
            (int)finding.Status,
            finding.Deadline,
            maker,
            finding.DesignationId,
            finding.ObligationId,
            finding.MissingField,
            waiver,
            finding.Asset.Site,
            manufacturer,
            ownerChain,
            chain,
            values));
        FlushIfFull();
    }

    public void End(AssessmentSummary summary)
    {
        Complete();
        using var buffer = new MemoryStream();
        using (var report = new JsonFindingWriter(buffer))
        {
            report.Begin(_context!);
            report.Cite(_evidence.Cited);
            report.End(summary);
        }

        Report = Encoding.UTF8.GetString(buffer.ToArray());
    }

    private void FlushIfFull()
    {
        if (_batch.Count + _evidence.Pending.Count >= BatchRows)
        {
            Flush();
        }
    }

    private void Flush()
    {
        _cancellation.ThrowIfCancellationRequested();
        _batch.Blobs.AddRange(_evidence.Pending);
        _evidence.Pending.Clear();
        if (_batch.Count > 0)
        {
            _writer.Write(_batch);
            _batch = _writer.Take();
        }
    }

    /// <summary>Writes what is left and waits until every row handed over is stored.</summary>
    public void Complete()
    {
        Flush();
        _writer.Complete();
    }
}
