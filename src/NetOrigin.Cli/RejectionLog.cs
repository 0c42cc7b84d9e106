using System.Text;
using NetOrigin.Cli.Files;
using NetOrigin.Inventory;
using NetOrigin.Reports;

namespace NetOrigin.Cli;

/// <summary>
/// Reports rejected records: every one to the --rejects file when given (and the first few on standard error),
/// otherwise every one on standard error. None is dropped.
/// </summary>
internal sealed class RejectionLog : IDisposable
{
    private const int ShownWithFile = 20;
    private readonly TextWriter _error;
    private readonly OutputFile? _output;
    private readonly StreamWriter? _file;
    private readonly string? _path;
    private long _count;
    private bool _committed;

    private RejectionLog(TextWriter error, OutputFile? output, string? path)
    {
        _error = error;
        _output = output;
        _file = output is null ? null : new StreamWriter(output.Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        _path = path;
    }

    /// <summary>A log to standard error only, or also to the CSV file at <paramref name="path"/> (in place once committed).</summary>
    public static RejectionLog Open(string? path, TextWriter error)
    {
        var log = new RejectionLog(error, path is null ? null : OutputFile.Create(path), path);
        log._file?.Write("file,line,reason,record\n");
        return log;
    }

    public void Add(Rejection rejection)
    {
        _count++;
        if (_file is not null)
        {
            var line = new StringBuilder();
            CsvCell.Append(line, rejection.Source.File);
            line.Append(',').Append(rejection.Source.Line).Append(',');
            CsvCell.Append(line, rejection.Reason);
            line.Append(',');
            CsvCell.Append(line, rejection.Excerpt);
            _file.Write(line.Append('\n'));
        }

        if (_file is null || _count <= ShownWithFile)
        {
            _error.WriteLine($"rejected {rejection}");
        }
    }

    public void Finish(RecordCounts counts)
    {
        if (_file is not null && _count > ShownWithFile)
        {
            _error.WriteLine($"... {_count - ShownWithFile} more rejected records; all {_count} are in {_path}");
        }

        if (counts.Rejected > 0)
        {
            _error.WriteLine($"records: {counts.Read} read, {counts.Accepted} accepted, {counts.Rejected} rejected");
        }
    }

    /// <summary>Puts the --rejects file in place with every rejection written so far.</summary>
    public void Commit()
    {
        _file?.Flush();
        _output?.Commit();
        _committed = true;
    }

    public void Dispose()
    {
        // Once committed the file is closed and in place; the writer (which leaves it open) has nothing left to flush.
        if (!_committed)
        {
            _file?.Dispose();
        }

        _output?.Dispose();
    }
}
