using NetOrigin.Inventory;

namespace NetOrigin.Cli;

/// <summary>
/// Where a connector command sends what it found: a JSON Lines inventory file (written to a temporary file beside
/// it and renamed into place only when the run succeeds, so an interrupted run never leaves half a file), or
/// standard output; rejected records go to the rejection log. Counts every record.
/// </summary>
internal sealed class InventoryOutput : IDisposable
{
    private readonly string? _path;
    private readonly string? _temporary;
    private readonly Stream _stream;
    private readonly JsonLinesInventoryWriter _writer;
    private readonly RejectionLog _rejects;
    private bool _committed;

    public InventoryOutput(string? path, string? rejectsPath, Console console)
    {
        _path = path;
        console.Out.Flush();
        if (path is null)
        {
            _stream = new BufferedStream(new NonClosingStream(console.OutputStream), 1 << 16);
        }
        else
        {
            var full = Path.GetFullPath(path);
            _temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
            _stream = new FileStream(_temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        }

        _writer = new JsonLinesInventoryWriter(_stream);
        _rejects = RejectionLog.Open(rejectsPath, console.Error);
    }

    public RecordCounts Counts { get; } = new();

    public void Add(InventoryRecord record)
    {
        Counts.Count(record);
        if (record.Asset is { } asset)
        {
            _writer.Write(asset);
        }
        else
        {
            _rejects.Add(record.Rejection!);
        }
    }

    /// <summary>Finishes the run: the output file appears (or replaces the old one) only now.</summary>
    public void Commit()
    {
        _writer.Dispose();
        _stream.Flush();
        _stream.Dispose();
        if (_temporary is not null)
        {
            File.Move(_temporary, _path!, overwrite: true);
        }

        _rejects.Finish(Counts);
        _committed = true;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
        _rejects.Dispose();
        if (!_committed && _temporary is not null && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }
}
