using NetOrigin.Connectors.Snmp;
using NetOrigin.Connectors.Snmp.Discovery;
using NetOrigin.Connectors.Tests.Peers;
using NetOrigin.Inventory;

namespace NetOrigin.Connectors.Tests.Snmp;

/// <summary>
/// Discovery against snmpsim serving our recordings of a Huawei NE40E router (ENTITY-MIB chassis and line cards), a
/// Cisco Catalyst 9300 switch (a network module, an LLDP neighbour) and a Hikvision camera (no ENTITY-MIB).
/// </summary>
public sealed class SnmpsimRecordingTests(SnmpsimPeer snmpsim) : IClassFixture<SnmpsimPeer>
{
    private static readonly SnmpOptions Quick = new(TimeSpan.FromMilliseconds(1500), 1);

    private async Task<AgentOutcome> Poll(string community, bool lldp = false) =>
        await new SnmpDiscovery(Quick, lldp: lldp).PollAsync(snmpsim.Endpoint, new SnmpCredentials.Community(community), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Entity_mib_chassis_describes_the_device_and_line_cards_become_modules_at_its_site()
    {
        var outcome = await Poll("huawei-ne40e");

        Assert.True(outcome.Answered, outcome.Detail);
        var assets = outcome.Records.Select(r => r.Asset!).ToList();
        var device = assets[0];
        Assert.Equal("pe-ne40e-01", device.Name);
        Assert.Equal("NE40E-X8A", device.Model);
        Assert.Equal("2102351931P0J9000123", device.Serial);
        Assert.Equal("V800R011C00SPC200", device.Firmware);
        Assert.Equal("Huawei Technologies Co., Ltd.", device.IdentifierValue(IdentifierKind.EntMfgName));
        Assert.Equal(["00:E0:FC:1A:2B:01", "00:E0:FC:1A:2B:02"], device.Macs.Select(m => m.ToString()));
        Assert.Contains(device.Origins, o => o.Field == InventoryField.Serial && o.Origin.Contains("entPhysicalSerialNum", StringComparison.Ordinal));

        // Two line processing units; the power supply has neither serial nor model, so it is not listed.
        var modules = assets.Skip(1).ToList();
        Assert.Equal(2, modules.Count);
        Assert.All(modules, m =>
        {
            Assert.Equal(AssetKind.Module, m.Kind);
            Assert.Equal("CR5D0L4XFE70", m.Model);
            Assert.Equal("CO-001 Millbrook", m.Site);
            Assert.StartsWith(device.Id + "/entity/", m.Id, StringComparison.Ordinal);
        });
        Assert.Equal(["030QFM10J9000456", "030QFM10J9000457"], modules.Select(m => m.Serial));
    }

    [Fact]
    public async Task Lldp_neighbours_are_listed_as_devices_when_asked_for()
    {
        var without = await Poll("cisco-c9300");
        var with = await Poll("cisco-c9300", lldp: true);

        Assert.Equal(2, without.Records.Count);
        var neighbour = with.Records.Select(r => r.Asset!).Single(a => a.Id.StartsWith("lldp:", StringComparison.Ordinal));
        Assert.Equal("pe-ne40e-01", neighbour.Name);
        Assert.Equal("00:E0:FC:1A:2B:00", Assert.Single(neighbour.Macs).ToString());
        Assert.StartsWith("Huawei Versatile Routing Platform", neighbour.IdentifierValue(IdentifierKind.SysDescr), StringComparison.Ordinal);
        Assert.Contains("lldpRemEntry", neighbour.Source.ToString(), StringComparison.Ordinal);
        Assert.Contains(neighbour.Origins, o => o.Field == InventoryField.Name && o.Origin.Contains("via 127.0.0.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_agent_is_accounted_for_answered_or_not()
    {
        string[] communities = ["huawei-ne40e", "cisco-c9300", "hikvision-ipc", "no-such-agent"];
        var targets = communities.Select(c => (snmpsim.Endpoint, (SnmpCredentials)new SnmpCredentials.Community(c))).ToList();

        var outcomes = new List<AgentOutcome>();
        await foreach (var outcome in new SnmpDiscovery(new SnmpOptions(TimeSpan.FromSeconds(3), 1), concurrency: 4).RunAsync(targets, TestContext.Current.CancellationToken))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal(4, outcomes.Count);
        Assert.Equal(3, outcomes.Count(o => o.Answered));
        Assert.Equal(SnmpFailure.NoResponse, Assert.Single(outcomes, o => !o.Answered).Failure);
    }

    [Fact]
    public void Assess_names_each_recorded_device_s_maker()
    {
        var dir = Loopback.ScratchDirectory("snmpsim-assess");
        var makers = new Dictionary<string, string> { ["huawei-ne40e"] = "Huawei", ["cisco-c9300"] = "Cisco", ["hikvision-ipc"] = "Hikvision" };
        foreach (var (community, maker) in makers)
        {
            var inventory = Path.Combine(dir, community + ".jsonl");
            var discover = NetOriginCli.Run("discover", "snmp", $"127.0.0.1:{snmpsim.Ports[0]}", "--community", community, "--out", inventory);
            var assess = NetOriginCli.Run("assess", inventory, "--data", NetOriginCli.DataDirectory, "--as-of", "2026-06-30", "--format", "csv");

            Assert.Equal(0, discover.ExitCode);
            var device = assess.Out.Split('\n').Single(l => l.StartsWith($"127.0.0.1:{snmpsim.Ports[0]},", StringComparison.Ordinal));
            Assert.Contains(maker, device, StringComparison.Ordinal);
        }
    }
}
