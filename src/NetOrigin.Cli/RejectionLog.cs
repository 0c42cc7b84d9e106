using System.Text;
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
    private readonly StreamWriter? _file;
    private readonly string? _path;
    private long _count;

    private RejectionLog(TextWriter error, StreamWriter? file, string? path)
    {
        _error = error;
        _file = file;
        _path = path;
    }

    public static RejectionLog Open(string? path, TextWriter error)
    {
        if (path is null)
        {
            return new RejectionLog(error, null, null);
        }

        var file = new StreamWriter(path, false, new UTF8Encoding(false));
        file.Write("file,line,reason,record\n");
        return new RejectionLog(error, file, path);
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

    public void Dispose() => _file?.Dispose();
}
