using NetOrigin.Cli.Files;
using NetOrigin.Inventory;

namespace NetOrigin.Cli;

/// <summary>
/// Where a connector command sends what it found: a JSON Lines inventory <see cref="OutputFile"/> (in place only
/// when the run succeeds, so an interrupted run never leaves half a file) or standard output; rejected records go
/// to the rejection log. Counts every record.
/// </summary>
internal sealed class InventoryOutput : IDisposable
{
    private readonly OutputFile? _file;
    private readonly Stream _stream;
    private readonly JsonLinesInventoryWriter _writer;
    private readonly RejectionLog _rejects;

    public InventoryOutput(string? path, string? rejectsPath, Console console)
    {
        console.Out.Flush();
        _file = path is null ? null : OutputFile.Create(path);
        _stream = _file?.Stream ?? new BufferedStream(new NonClosingStream(console.OutputStream), 1 << 16);
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
        if (_file is null)
        {
            _stream.Flush();
        }
        else
        {
            _file.Commit();
        }

        _rejects.Finish(Counts);
    }

    /// <summary>Without <see cref="Commit"/>, the output and rejection files are left as they were.</summary>
    public void Dispose()
    {
        _writer.Dispose();
        if (_file is null)
        {
            _stream.Dispose();
        }
        else
        {
            _file.Dispose();
        }

        _rejects.Dispose();
    }
}
