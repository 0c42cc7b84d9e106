using System.Text;
using NetOrigin.Cli;
using NetOrigin.Cli.Commands;

namespace NetOrigin.Connectors.Tests.Peers;

/// <summary>Runs netorigin commands in-process with output captured, against the repository's reference data.</summary>
public static class NetOriginCli
{
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NetOrigin.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("repository root not found");
        }
    }

    public static string DataDirectory => Path.Combine(RepositoryRoot, "data");

    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var text = new StreamWriter(stdout, new UTF8Encoding(false), 1024, leaveOpen: true) { AutoFlush = true };
        using var stderr = new StringWriter();
        ICommand[] commands = [new AssessCommand(), new DiscoverSnmpCommand(), new ImportNetBoxCommand()];
        var exit = CommandLine.Run(commands, args, new NetOrigin.Cli.Console(text, stderr, stdout));
        text.Flush();
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
