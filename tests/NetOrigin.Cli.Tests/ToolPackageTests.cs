using System.Diagnostics;

namespace NetOrigin.Cli.Tests;

/// <summary>NetOrigin installs as a .NET tool that carries its reference data and runs from any directory.</summary>
public class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_from_the_local_package_and_assesses_the_bundled_sample_from_another_directory()
    {
        var root = Scratch.Directory();
        var packages = Path.Combine(root, "packages");
        var tools = Path.Combine(root, "tools");
        var elsewhere = Path.Combine(root, "elsewhere");
        Directory.CreateDirectory(elsewhere);

        // Only the package just made is a source, so nothing is fetched and no other package of that name is found.
        var config = Path.Combine(root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var project = Path.Combine(NetOriginProcess.RepositoryRoot, "src", "NetOrigin.Cli", "NetOrigin.Cli.csproj");
        Run(NetOriginProcess.RepositoryRoot, "dotnet", "pack", project, "-c", Configuration, "--no-build", "-o", packages, "-nologo");
        Run(root, "dotnet", "tool", "install", "NetOrigin.Cli", "--tool-path", tools, "--configfile", config);

        var sample = Path.Combine(NetOriginProcess.RepositoryRoot, "samples", "regional-carrier.csv");
        var (exit, output) = Run(elsewhere, Path.Combine(tools, "netorigin"), "assess", sample, "--as-of", "2026-06-30", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("\"records\":{\"read\":2000,", output, StringComparison.Ordinal);
        Assert.Contains("\"by_status\":{\"violation\":", output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(tools, ".store"), output, StringComparison.Ordinal);
    }

    /// <summary>The configuration these tests were built in (Release under ./test.sh).</summary>
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static (int Exit, string Output) Run(string directory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish");
        }

        Assert.True(process.ExitCode == 0 || program.EndsWith("netorigin", StringComparison.Ordinal), $"{program} {string.Join(' ', args)}: {output.Result}{error.Result}");
        return (process.ExitCode, output.Result);
    }
}
