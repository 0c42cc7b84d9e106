using System.Net;
using NetOrigin.Connectors.Snmp;
using NetOrigin.Connectors.Snmp.Discovery;

namespace NetOrigin.Connectors.Tests.Peers;

/// <summary>
/// Net-SNMP's snmpd on a free 127.0.0.1 port, configured by the test: a v2c community and an SNMPv3 user with
/// HMAC-SHA-256 authentication and AES-128 privacy, and the system group of a Huawei router.
/// </summary>
public sealed class SnmpdPeer : IDisposable
{
    public const string Community = "netorigin-ro";
    public const string User = "auditor";
    public const string AuthPassword = "auth-pass-7860";
    public const string PrivPassword = "priv-pass-3826";
    public const string SysDescr = "Huawei Versatile Routing Platform Software VRP (R) software, Version 8.180 (NE40E V800R011C00SPC200)";
    public const string SysObjectId = "1.3.6.1.4.1.2011.2.62.2.3";

    private readonly PeerProcess _process;

    public SnmpdPeer()
    {
        var snmpd = ExternalTool.Require("snmpd", "snmpd");
        Directory = Loopback.ScratchDirectory("snmpd");
        Port = Loopback.FreeUdpPort();
        var config = Path.Combine(Directory, "snmpd.conf");
        File.WriteAllText(config, $"""
            rocommunity {Community} 127.0.0.1
            createUser {User} SHA-256 {AuthPassword} AES {PrivPassword}
            rouser {User} priv
            sysDescr {SysDescr}
            sysObjectID .{SysObjectId}
            sysName pe-core-01
            sysLocation CO-001 Millbrook
            sysContact noc@example.net
            """);
        var persist = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "persist")).FullName;
        _process = new PeerProcess(snmpd, ["-f", "-Lo", "-C", "-c", config, "--persistentDir=" + persist, "-p", Path.Combine(Directory, "pid"), $"udp:127.0.0.1:{Port}"],
            new Dictionary<string, string> { ["MIBS"] = "", ["MIBDIRS"] = "/nonexistent", ["SNMP_PERSISTENT_DIR"] = persist });
        WaitUntilAnswering(Endpoint, new SnmpCredentials.Community(Community), _process);
    }

    public string Directory { get; }
    public int Port { get; }
    public IPEndPoint Endpoint => new(IPAddress.Loopback, Port);

    /// <summary>Polls until the agent answers a GET (bounded), so tests never race its start-up.</summary>
    public static void WaitUntilAnswering(IPEndPoint agent, SnmpCredentials credentials, PeerProcess process)
    {
        using var session = new SnmpSession(agent, credentials, new SnmpOptions(TimeSpan.FromMilliseconds(200), 0));
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
            {
                Assert.Fail($"the SNMP peer exited at start-up:\n{process.Output}");
            }

            try
            {
                session.GetAsync([Mib.SysName]).GetAwaiter().GetResult();
                return;
            }
            catch (SnmpException)
            {
                Thread.Sleep(100);
            }
        }

        Assert.Fail($"the SNMP peer on {agent} did not answer within 30 s:\n{process.Output}");
    }

    public void Dispose() => _process.Dispose();
}
