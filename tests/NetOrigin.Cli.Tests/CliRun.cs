namespace NetOrigin.Cli.Tests;

/// <summary>Runs netorigin in-process, as the program would with these arguments, and keeps what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static string RepositoryRoot => NetOriginProcess.RepositoryRoot;

    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stream = new MemoryStream();
        var exitCode = CommandLine.Run([new NetOrigin.Cli.Commands.DataUpdateCommand()], args, new Console(output, error, stream));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static string ScratchDirectory() => Scratch.Directory();
}
