using System.Globalization;
using System.Text;
using System.Text.Json;
using NetOrigin.Cli;
using NetOrigin.Cli.Commands;

namespace NetOrigin.Planning.Tests;

/// <summary>Runs netorigin commands in-process and reads their plan JSON.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var text = new StreamWriter(stdout, new UTF8Encoding(false), 1024, leaveOpen: true) { AutoFlush = true };
        using var stderr = new StringWriter();
        ICommand[] commands = [new SampleCommand(), new PlanCommand(), new ReportCommand(), new ProgressRecordCommand(), new AssessCommand(), new RiskCommand()];
        var exit = CommandLine.Run(commands, args, new NetOrigin.Cli.Console(text, stderr, stdout));
        text.Flush();
        return new Result(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    /// <summary>Plans and returns the JSON; fails the test with standard error when the command fails.</summary>
    public static JsonElement Plan(params string[] args)
    {
        var result = Run(["plan", .. args, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static readonly Lazy<string> RegionalCarrier = new(() =>
    {
        var path = Path.Combine(Scratch.Directory(), "regional-carrier-400.csv");
        var result = Run("sample", "--assets", "400", "--seed", "7", "--out", path);
        Assert.True(result.ExitCode == 0, result.Error);
        return path;
    });

    /// <summary>A 400-asset sample of a US regional carrier (about 20 core and RAN items at 17 sites).</summary>
    public static string RegionalCarrierInventory => RegionalCarrier.Value;

    public static string Money(double amount) => Math.Round(amount).ToString(CultureInfo.InvariantCulture);
}
