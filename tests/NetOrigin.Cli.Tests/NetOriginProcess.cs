using System.Diagnostics;

namespace NetOrigin.Cli.Tests;

/// <summary>Runs the built netorigin program as a separate process, as a user would.</summary>
public static class NetOriginProcess
{
    public sealed record Result(int ExitCode, string Out, string Error);

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

    /// <summary>The program built alongside these tests (same configuration).</summary>
    private static string ProgramPath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(RepositoryRoot, "src", "NetOrigin.Cli", "bin", configuration, "net10.0", "netorigin.dll");
        }
    }

    public static Result Run(params string[] args) => RunWithInput(null, args);

    public static Result RunWithInput(string? standardInput, params string[] args) => RunIn(RepositoryRoot, standardInput, args);

    /// <summary>Runs with <paramref name="workingDirectory"/> as the current directory.</summary>
    public static Result RunIn(string workingDirectory, string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(ProgramPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"netorigin {string.Join(' ', args)} did not finish");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A scratch file (with <paramref name="content"/>, if given) that the test run removes when it ends.</summary>
    public static string TempFile(string name, string? content = null)
    {
        var path = Path.Combine(Scratch.Directory(), name);
        if (content is not null)
        {
            File.WriteAllText(path, content);
        }

        return path;
    }
}
