using System.Text;
using NetOrigin.Cli.Commands;

namespace NetOrigin.Cli.Tests;

/// <summary>Runs `netorigin` in-process with standard output and error captured, as the real console would carry them.</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stdoutText = new StreamWriter(stdout, new UTF8Encoding(false), 1024, leaveOpen: true) { AutoFlush = true };
        using var stderr = new StringWriter();
        ICommand[] commands = [new AssessCommand(), new IdentifyCommand(), new SampleCommand(), new WaiversListCommand()];
        var exit = CommandLine.Run(commands, args, new Console(stdoutText, stderr, stdout));
        stdoutText.Flush();
        return new CliResult(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}

public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
