using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using NetOrigin.Connectors.Snmp;
using NetOrigin.Connectors.Snmp.Discovery;

[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

// SNMP discovery of many simulated agents on loopback. snmpsim serves AGENTS agents — each a community naming a
// copy of one of our recordings (Huawei router, Cisco switch, Hikvision camera) — on ENDPOINTS ports of 127.0.0.1.
// Times (1) NetOrigin's full discovery (system group, ENTITY-MIB, interface MACs) CONCURRENCY agents at a time,
// (2) NetOrigin reading the system group one agent after another, (3) Net-SNMP's snmpget reading the same system
// group, one process per agent, serially. Every agent must be accounted for in each run.
// Usage: NetOrigin.Bench.Snmp [AGENTS] [ENDPOINTS] [CONCURRENCY]
var agents = Arg(0, 1000, 1, 10_000);
var endpoints = Arg(1, 10, 1, 64);
var concurrency = Arg(2, 64, 1, 1024);
string[] recordings = ["huawei-ne40e", "cisco-c9300", "hikvision-ipc"];

var dir = Directory.CreateTempSubdirectory("netorigin-snmp-bench").FullName;
try
{
    var data = Directory.CreateDirectory(Path.Combine(dir, "data")).FullName;
    var cache = Directory.CreateDirectory(Path.Combine(dir, "cache")).FullName;
    foreach (var path in new[] { dir, data, cache })
    {
        File.SetUnixFileMode(path, (UnixFileMode)0x1FF);
    }

    for (var i = 0; i < agents; i++)
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Recordings", recordings[i % recordings.Length] + ".snmprec"), Path.Combine(data, Community(i) + ".snmprec"));
    }

    var ports = Enumerable.Range(0, endpoints).Select(_ => FreeUdpPort()).Distinct().ToList();
    var start = new ProcessStartInfo("snmpsimd") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var arg in new[] { "--data-dir=" + data, "--cache-dir=" + cache, "--logging-method=null" }.Concat(ports.Select(p => $"--agent-udpv4-endpoint=127.0.0.1:{p}")))
    {
        start.ArgumentList.Add(arg);
    }

    if (Environment.UserName == "root")
    {
        start.ArgumentList.Add("--process-user=nobody");
        start.ArgumentList.Add("--process-group=nogroup");
    }

    using var snmpsim = Process.Start(start)!;
    snmpsim.OutputDataReceived += (_, _) => { };
    snmpsim.ErrorDataReceived += (_, _) => { };
    snmpsim.BeginOutputReadLine();
    snmpsim.BeginErrorReadLine();
    try
    {
        var targets = Enumerable.Range(0, agents)
            .Select(i => (new IPEndPoint(IPAddress.Loopback, ports[i % ports.Count]), (SnmpCredentials)new SnmpCredentials.Community(Community(i))))
            .ToList();
        await WaitUntilServing(targets.Take(ports.Count).ToList());
        Console.WriteLine($"{agents} agents ({string.Join(", ", recordings)}) on {ports.Count} snmpsim endpoints of 127.0.0.1; {Environment.ProcessorCount} cores");

        var options = new SnmpOptions(TimeSpan.FromSeconds(2), 2);
        var clock = Stopwatch.StartNew();
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        var assets = 0;
        await foreach (var outcome in new SnmpDiscovery(options, concurrency).RunAsync(targets))
        {
            tally[outcome.Status] = tally.GetValueOrDefault(outcome.Status) + 1;
            assets += outcome.Records.Count(r => r.Asset is not null);
        }

        Report($"netorigin discovery (system, ENTITY-MIB, ifPhysAddress), concurrency {concurrency}", agents, clock.Elapsed, tally, $"{assets} assets");

        clock.Restart();
        tally.Clear();
        foreach (var (agent, credentials) in targets)
        {
            using var session = new SnmpSession(agent, credentials, options);
            try
            {
                await session.GetAsync([Mib.SysDescr, Mib.SysObjectId, Mib.SysName, Mib.SysLocation]);
                tally["answered"] = tally.GetValueOrDefault("answered") + 1;
            }
            catch (SnmpException ex)
            {
                tally[ex.Failure.ToString()] = tally.GetValueOrDefault(ex.Failure.ToString()) + 1;
            }
        }

        Report("netorigin GET of the system group, serially", agents, clock.Elapsed, tally, "");

        clock.Restart();
        tally.Clear();
        for (var i = 0; i < targets.Count; i++)
        {
            var get = new ProcessStartInfo("snmpget") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "-v2c", "-c", Community(i), "-t", "2", "-r", "2", "-On", $"127.0.0.1:{targets[i].Item1.Port}", "1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.2.0", "1.3.6.1.2.1.1.5.0", "1.3.6.1.2.1.1.6.0" })
            {
                get.ArgumentList.Add(arg);
            }

            get.Environment["MIBS"] = "";
            using var process = Process.Start(get)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var key = process.ExitCode == 0 && output.Contains(".1.3.6.1.2.1.1.5.0", StringComparison.Ordinal) ? "answered" : "no response";
            tally[key] = tally.GetValueOrDefault(key) + 1;
        }

        Report("Net-SNMP snmpget of the system group, one process per agent, serially", agents, clock.Elapsed, tally, "");
    }
    finally
    {
        snmpsim.Kill(entireProcessTree: true);
        await snmpsim.WaitForExitAsync();
    }
}
finally
{
    Directory.Delete(dir, recursive: true);
}

return 0;

static string Community(int i) => $"agent-{i.ToString("D5", CultureInfo.InvariantCulture)}";

int Arg(int index, int fallback, int min, int max) =>
    args.Length > index && int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : fallback;

static int FreeUdpPort()
{
    using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
    return ((IPEndPoint)socket.LocalEndPoint!).Port;
}

static async Task WaitUntilServing(IReadOnlyList<(IPEndPoint Agent, SnmpCredentials Credentials)> probes)
{
    foreach (var (agent, credentials) in probes)
    {
        using var session = new SnmpSession(agent, credentials, new SnmpOptions(TimeSpan.FromMilliseconds(500), 0));
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await session.GetAsync([Mib.SysName]);
                break;
            }
            catch (SnmpException) when (attempt < 240)
            {
                await Task.Delay(250);
            }
        }
    }
}

static void Report(string what, int agents, TimeSpan elapsed, Dictionary<string, int> tally, string extra)
{
    var accounted = tally.Values.Sum();
    Console.WriteLine($"{what}: {elapsed.TotalSeconds:0.00} s, {agents / elapsed.TotalSeconds:0} agents/s; " +
        $"{string.Join(", ", tally.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Value} {t.Key}"))} ({accounted} of {agents} accounted for){(extra.Length > 0 ? "; " + extra : "")}");
}
