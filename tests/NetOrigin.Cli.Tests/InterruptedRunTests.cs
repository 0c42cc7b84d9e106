using System.Diagnostics;

namespace NetOrigin.Cli.Tests;

/// <summary>The real program, stopped the hard way or started without input: nothing is lost and nothing waits forever.</summary>
public class InterruptedRunTests
{
    [Fact]
    public void A_run_killed_mid_way_leaves_the_earlier_report_and_rejects_whole()
    {
        var directory = Path.GetDirectoryName(TestDataDirectory.Scratch("placeholder", ""))!;
        var report = Path.Combine(directory, "report.json");
        var rejects = Path.Combine(directory, "rejects.csv");
        File.WriteAllText(report, "{\"earlier\": true}\n");
        File.WriteAllText(rejects, "file,line,reason,record\nold,1,kept,x\n");

        // Standard input is held open half-way through the inventory, so the run is certainly mid-way when killed.
        using var process = Start(["assess", "-", "--format", "json", "--out", report, "--rejects", rejects, "--data", TestDataDirectory.Path, "--policy", "test-pack"], redirectInput: true);
        process.StandardInput.Write("id,manufacturer,role\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"r{i},Huawei,{(i % 100 == 0 ? "nowhere" : "core")}\n")));
        process.StandardInput.Flush();
        Assert.True(WaitFor(() => Directory.GetFiles(directory, ".report.json.*.tmp").Length == 1), "the run never started writing");
        process.Kill();
        Assert.True(process.WaitForExit(30_000));

        Assert.Equal("{\"earlier\": true}\n", File.ReadAllText(report));
        Assert.Equal("file,line,reason,record\nold,1,kept,x\n", File.ReadAllText(rejects));
    }

    [Fact]
    public async Task Standard_input_closed_at_start_is_an_input_error_not_a_wait()
    {
        using var process = Start(["sh", "-c", $"exec dotnet exec '{ProgramPath}' assess - --data '{TestDataDirectory.Path}' --policy test-pack <&-"], redirectInput: false, viaShell: true);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var finished = process.WaitForExit(60_000);
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(finished, "netorigin assess - waited on a closed standard input");
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("standard input is closed", await error, StringComparison.Ordinal);
    }

    private static string ProgramPath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(NetOriginProcess.RepositoryRoot, "src", "NetOrigin.Cli", "bin", configuration, "net10.0", "netorigin.dll");
        }
    }

    private static Process Start(string[] args, bool redirectInput, bool viaShell = false)
    {
        var start = new ProcessStartInfo(viaShell ? args[0] : "dotnet")
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!viaShell)
        {
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(ProgramPath);
        }

        foreach (var arg in viaShell ? args[1..] : args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private static bool WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 3000; i++)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(10);
        }

        return false;
    }
}
