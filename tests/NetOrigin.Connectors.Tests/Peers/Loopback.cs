using System.Net;
using System.Net.Sockets;

namespace NetOrigin.Connectors.Tests.Peers;

/// <summary>Free ports on 127.0.0.1 for peers the tests start, and scratch directories they clean up.</summary>
public static class Loopback
{
    public static int FreeUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    public static int FreeTcpPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A new directory under the system temp directory; world-readable, as a peer dropping root privileges needs.</summary>
    public static string ScratchDirectory(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "netorigin-connector-tests", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, (UnixFileMode)0x1FF);
        return path;
    }
}
