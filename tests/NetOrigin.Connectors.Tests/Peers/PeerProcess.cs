using System.Diagnostics;

namespace NetOrigin.Connectors.Tests.Peers;

/// <summary>A peer program started for a test and stopped (its whole process tree) when the test is done.</summary>
public sealed class PeerProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    public PeerProcess(string program, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>What the peer printed (bounded), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            if (line is not null && _output.Length < 20_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    /// <summary>Runs a program to completion (bounded), returning its exit code and output.</summary>
    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> args, TimeSpan limit)
    {
        using var peer = new PeerProcess(program, args);
        if (!peer._process.WaitForExit(limit))
        {
            throw new TimeoutException($"{program} did not finish within {limit.TotalSeconds:0} s");
        }

        peer._process.WaitForExit();
        return (peer._process.ExitCode, peer.Output);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }
}
