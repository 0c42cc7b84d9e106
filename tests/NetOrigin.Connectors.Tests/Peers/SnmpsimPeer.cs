using System.Net;
using NetOrigin.Connectors.Snmp;

namespace NetOrigin.Connectors.Tests.Peers;

/// <summary>
/// snmpsim serving the recordings in Recordings/ (ours, modelled on real devices) on a free 127.0.0.1 port: each
/// recording is an agent selected by community (the recording's file name without .snmprec).
/// </summary>
public sealed class SnmpsimPeer : IDisposable
{
    private readonly PeerProcess _process;

    public SnmpsimPeer()
        : this(null, 1)
    {
    }

    /// <summary>More agents: extra communities served by copies of recordings, on several ports.</summary>
    public static SnmpsimPeer Serving(IReadOnlyDictionary<string, string> communities, int endpoints) => new(communities, endpoints);

    private SnmpsimPeer(IReadOnlyDictionary<string, string>? communities, int endpoints)
    {
        var snmpsim = ExternalTool.Require("snmpsimd", "snmpsim");
        Directory = Loopback.ScratchDirectory("snmpsim");
        var data = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "data")).FullName;
        var cache = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "cache")).FullName;
        File.SetUnixFileMode(data, (UnixFileMode)0x1FF);
        File.SetUnixFileMode(cache, (UnixFileMode)0x1FF);
        var recordings = Path.Combine(AppContext.BaseDirectory, "Recordings");
        foreach (var file in System.IO.Directory.GetFiles(recordings, "*.snmprec"))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        // More agents: extra communities served by a copy of a recording.
        foreach (var (community, recording) in communities ?? new Dictionary<string, string>())
        {
            File.Copy(Path.Combine(recordings, recording + ".snmprec"), Path.Combine(data, community + ".snmprec"));
        }

        Ports = Enumerable.Range(0, endpoints).Select(_ => Loopback.FreeUdpPort()).Distinct().ToList();
        var args = new List<string> { "--data-dir=" + data, "--cache-dir=" + cache, "--logging-method=null" };
        args.AddRange(Ports.Select(p => $"--agent-udpv4-endpoint=127.0.0.1:{p}"));
        if (Environment.UserName == "root")
        {
            // snmpsim refuses to serve as root.
            args.AddRange(["--process-user=nobody", "--process-group=nogroup"]);
        }

        _process = new PeerProcess(snmpsim, args);
        foreach (var port in Ports)
        {
            SnmpdPeer.WaitUntilAnswering(new IPEndPoint(IPAddress.Loopback, port), new SnmpCredentials.Community("huawei-ne40e"), _process);
        }
    }

    public string Directory { get; }
    public IReadOnlyList<int> Ports { get; }
    public IPEndPoint Endpoint => new(IPAddress.Loopback, Ports[0]);

    public void Dispose() => _process.Dispose();
}
