using System.Globalization;
using NetOrigin.Connectors.Tests.NetBox;

// Serves a NetBox inventory of N devices (plus the sample's modules, items and circuit) on a loopback port for
// `netorigin import netbox` to read, until standard input closes. Prints the URL on the first line.
// Usage: NetOrigin.Bench.NetBox DEVICES
var devices = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
if (devices is < 0 or > 1_000_000)
{
    Console.Error.WriteLine("DEVICES must be 0 to 1,000,000");
    return 2;
}

await using var netbox = new NetBoxStandIn();
NetBoxSample.Populate(netbox, extraDevices: devices);
Console.WriteLine(netbox.Url.AbsoluteUri);
Console.Out.Flush();

// Bounded: the harness closes standard input when the import is done; a day at most otherwise.
var read = Task.Run(() => Console.In.ReadToEnd());
await Task.WhenAny(read, Task.Delay(TimeSpan.FromHours(24)));
return 0;
