using System.Net;
using System.Net.Sockets;
using System.Text;
using NetOrigin.Connectors.Tests.Peers;
using NetOrigin.Inventory;

namespace NetOrigin.Connectors.Tests.Nmap;

/// <summary>
/// Real <c>nmap -sV -O -oX</c> against services this test starts on 127.0.0.1 — a web server that answers as a
/// Hikvision camera does, and snmpd — and the import of what nmap wrote.
/// </summary>
public sealed class NmapScanTests
{
    private static readonly byte[] Body = Encoding.ASCII.GetBytes("<html><head><title>Network Video Recorder</title></head><body>login</body></html>");

    [Fact]
    public async Task Nmap_scan_of_loopback_services_imports_as_one_host_with_banners_scripts_and_cpes()
    {
        var nmap = ExternalTool.Require("nmap", "nmap");
        using var snmpd = new SnmpdPeer();
        using var web = new TcpListener(IPAddress.Loopback, 0);
        web.Start();
        var httpPort = ((IPEndPoint)web.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource();
        var serving = Serve(web, stop.Token);

        var dir = Loopback.ScratchDirectory("nmap");

        // Nmap names the UDP port's service from its services table; a private one names our snmpd's port, so the
        // SNMP scripts run without a slow probe of every UDP payload.
        File.WriteAllText(Path.Combine(dir, "nmap-services"), $"http\t{httpPort}/tcp\t0.5\nsnmp\t{snmpd.Port}/udp\t0.5\n");
        var scan = Path.Combine(dir, "scan.xml");
        var (exit, output) = PeerProcess.Run(nmap,
        [
            "-sT", "-sU", "-p", $"T:{httpPort},U:{snmpd.Port}", "-sV", "--version-intensity", "1", "-O", "--datadir", dir,
            "--script", "http-server-header,http-title,snmp-sysdescr,snmp-info", "--script-args", $"creds.snmp=:{SnmpdPeer.Community}",
            "-T4", "--max-retries", "1", "-oX", scan, "127.0.0.1",
        ], TimeSpan.FromMinutes(2));
        await stop.CancelAsync();
        await serving;

        Assert.True(exit == 0, output);
        using var reader = InventorySource.Open(scan);
        var records = reader.Read().ToList();
        var host = Assert.Single(records).Asset!;
        Assert.Equal("127.0.0.1", host.Id);
        Assert.Equal(AssetKind.Device, host.Kind);
        Assert.Equal(scan, host.Source.File);
        Assert.True(host.Source.Line > 0);
        Assert.Contains(host.Identifiers, i => i.Kind == IdentifierKind.HttpServer && i.Value == "Hikvision-Webs" && i.Origin == $"{httpPort}/tcp script http-server-header");
        Assert.Contains(host.Identifiers, i => i.Kind == IdentifierKind.HtmlTitle && i.Value == "Network Video Recorder");
        Assert.Contains(host.Identifiers, i => i.Kind == IdentifierKind.SysDescr && i.Value == SnmpdPeer.SysDescr && i.Origin == $"{snmpd.Port}/udp script snmp-sysdescr");
        Assert.Contains(host.Identifiers, i => i.Kind == IdentifierKind.Banner && i.Value.Contains("Hikvision", StringComparison.Ordinal));

        // OS detection on loopback: nmap runs it as root (CI); when it is confident, its CPE is kept as the OS's.
        if (host.Identifiers.FirstOrDefault(i => i.Kind == IdentifierKind.Cpe && i.Origin!.StartsWith("OS match", StringComparison.Ordinal)) is { Value: { } os })
        {
            Assert.StartsWith("cpe:/o:", os, StringComparison.Ordinal);
        }

        var assess = NetOriginCli.Run("assess", scan, "--data", NetOriginCli.DataDirectory, "--as-of", "2026-06-30", "--format", "csv");
        Assert.Equal(0, assess.ExitCode);
        Assert.Contains("Hikvision", assess.Out.Split('\n')[1], StringComparison.Ordinal);
    }

    /// <summary>Answers every connection as a Hikvision camera's web server does, until stopped.</summary>
    private static async Task Serve(TcpListener listener, CancellationToken stop)
    {
        var header = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nServer: Hikvision-Webs\r\nDate: Thu Jan  1 00:00:00 1970\r\nContent-Type: text/html\r\nContent-Length: {Body.Length}\r\nConnection: close\r\n\r\n");
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                using (client)
                {
                    try
                    {
                        var stream = client.GetStream();
                        var buffer = new byte[4096];
                        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                        var n = await stream.ReadAsync(buffer, timeout.Token);
                        var request = Encoding.ASCII.GetString(buffer, 0, n);
                        if (request.StartsWith("GET", StringComparison.Ordinal) || request.StartsWith("HEAD", StringComparison.Ordinal) || request.StartsWith("OPTIONS", StringComparison.Ordinal))
                        {
                            await stream.WriteAsync(header, timeout.Token);
                            await stream.WriteAsync(Body, timeout.Token);
                        }
                    }
                    catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException)
                    {
                        // A probe that hangs up is part of a scan.
                    }
                }
            }, CancellationToken.None);
        }
    }
}
