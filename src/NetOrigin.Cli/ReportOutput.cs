using NetOrigin.Cli.Files;

namespace NetOrigin.Cli;

/// <summary>
/// Where a command writes its report: --out FILE, an <see cref="OutputFile"/> that replaces the file only on
/// <see cref="Commit"/> (so a failed run leaves an earlier report as it was), or standard output.
/// </summary>
internal sealed class ReportOutput : IDisposable
{
    private readonly OutputFile? _file;

    private ReportOutput(OutputFile? file, Stream stream)
    {
        _file = file;
        Stream = stream;
    }

    public Stream Stream { get; }

    public static ReportOutput Open(string? outPath, Console console)
    {
        console.Out.Flush();
        var file = outPath is null ? null : OutputFile.Create(outPath);
        return new ReportOutput(file, file?.Stream ?? new NonClosingStream(console.OutputStream));
    }

    public void Commit() => _file?.Commit();

    public void Dispose()
    {
        if (_file is null)
        {
            Stream.Dispose();
        }
        else
        {
            _file.Dispose();
        }
    }
}
