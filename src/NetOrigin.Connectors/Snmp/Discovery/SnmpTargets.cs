using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NetOrigin.Connectors.Snmp.Discovery;

/// <summary>
/// Parses discovery targets: an address (<c>192.0.2.1</c>, <c>[2001:db8::1]</c>), with an optional port
/// (<c>192.0.2.1:1161</c>), or an IPv4 network (<c>192.0.2.0/28</c>, every address in it). A range larger than
/// <see cref="LargeRange"/> addresses must be confirmed, so a mistyped prefix does not sweep a whole network.
/// </summary>
public static class SnmpTargets
{
    public const int DefaultPort = 161;

    /// <summary>A /20: anything larger needs explicit confirmation.</summary>
    public const int LargeRange = 4096;

    /// <summary>Hard bound on the targets of one run (a /16).</summary>
    public const int MaxTargets = 65536;

    public static IReadOnlyList<IPEndPoint> Parse(IEnumerable<string> specs, int port, bool confirmLarge)
    {
        var targets = new List<IPEndPoint>();
        foreach (var spec in specs)
        {
            var added = Expand(spec.Trim(), port).ToList();
            if (added.Count > LargeRange && !confirmLarge)
            {
                throw new ArgumentException($"'{spec}' is {added.Count} addresses, more than a /20 ({LargeRange}); confirm with --yes");
            }

            targets.AddRange(added);
            if (targets.Count > MaxTargets)
            {
                throw new ArgumentException($"more than {MaxTargets} targets in one run; split the ranges");
            }
        }

        return targets;
    }

    private static IEnumerable<IPEndPoint> Expand(string spec, int port)
    {
        var slash = spec.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            if (!IPAddress.TryParse(spec[..slash], out var network) || network.AddressFamily != AddressFamily.InterNetwork
                || !int.TryParse(spec[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var bits) || bits is < 16 or > 32)
            {
                throw new ArgumentException($"'{spec}' is not an IPv4 network from /16 to /32 (such as 192.0.2.0/28)");
            }

            var bytes = network.GetAddressBytes();
            var value = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
            var mask = bits == 32 ? uint.MaxValue : ~(uint.MaxValue >> bits);
            var first = value & mask;
            var count = 1L << (32 - bits);
            return Enumerable.Range(0, (int)count).Select(i => new IPEndPoint(new IPAddress(new[]
            {
                (byte)((first + (uint)i) >> 24), (byte)((first + (uint)i) >> 16), (byte)((first + (uint)i) >> 8), (byte)(first + (uint)i),
            }), port));
        }

        if (IPEndPoint.TryParse(spec, out var endpoint))
        {
            return [endpoint.Port == 0 ? new IPEndPoint(endpoint.Address, port) : endpoint];
        }

        throw new ArgumentException($"'{spec}' is not an address, address:port or IPv4 network");
    }
}
