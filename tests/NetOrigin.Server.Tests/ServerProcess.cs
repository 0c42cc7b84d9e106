using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace NetOrigin.Server.Tests;

/// <summary>`netorigin serve` as a real process on a loopback port, as an operator runs it.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }
    public int Pid => _process.Id;
    public string Output { get { lock (_output) { return _output.ToString(); } } }

    public static async Task<ServerProcess> StartAsync(string database, string dataDir, params string[] settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "exec", CliPath, "serve", "--urls", $"http://127.0.0.1:{port}", "--database", database, "--data-dir", dataDir, "--data", ServerHost.RepositoryData })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var setting in settings)
        {
            var (key, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)], setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            start.Environment["NetOrigin__" + key] = value;
        }

        var server = new ServerProcess(Process.Start(start)!, port);
        using var client = new HttpClient { BaseAddress = server.Address };
        for (var i = 0; i < 1200; i++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (server._process.HasExited)
            {
                break;
            }

            await Task.Delay(100);
        }

        server.Dispose();
        throw new InvalidOperationException($"netorigin serve did not become ready: {server.Output}");
    }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>The admin token the first start printed, if this process made the first tenant.</summary>
    public string? FirstToken => System.Text.RegularExpressions.Regex.Match(Output, @"nor_[A-Za-z0-9_-]+") is { Success: true } m ? m.Value : null;

    public HttpClient Client(string token) => new() { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(5), DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

    /// <summary>kill -9: the process dies at once, leases and all.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(30_000);
    }

    public static string CliPath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(ServerHost.RepositoryRoot, "src", "NetOrigin.Cli", "bin", configuration, "net10.0", "netorigin.dll");
        }
    }

    /// <summary>Runs another netorigin command to its end; returns exit code and output.</summary>
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var (exitCode, output, errors) = RunIn(null, args);
        return (exitCode, output + errors);
    }

    /// <summary>Runs another netorigin command to its end in <paramref name="directory"/>; returns exit code, output and errors.</summary>
    public static (int ExitCode, string Output, string Errors) RunIn(string? directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = directory ?? "" };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(CliPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"netorigin {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(30_000);
        }

        _process.Dispose();
    }
}
