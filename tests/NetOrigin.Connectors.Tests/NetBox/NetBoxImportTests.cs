using NetOrigin.Connectors.NetBox;
using NetOrigin.Connectors.Tests.Peers;
using NetOrigin.Inventory;

namespace NetOrigin.Connectors.Tests.NetBox;

/// <summary>The NetBox connector against a loopback server answering in NetBox's REST format.</summary>
public sealed class NetBoxImportTests
{
    private static async Task<List<InventoryRecord>> Import(NetBoxStandIn netbox, int pageSize = 1, DateTimeOffset? since = null)
    {
        using var client = new NetBoxClient(netbox.Url, NetBoxStandIn.Token, retries: 3, backOff: TimeSpan.FromMilliseconds(10));
        var records = new List<InventoryRecord>();
        await foreach (var record in new NetBoxImport(client, pageSize).ReadAsync(since, TestContext.Current.CancellationToken))
        {
            records.Add(record);
        }

        return records;
    }

    [Fact]
    public async Task Devices_modules_items_and_circuits_become_assets_that_name_their_netbox_objects()
    {
        await using var netbox = new NetBoxStandIn();
        NetBoxSample.Populate(netbox);

        var records = await Import(netbox);
        var assets = records.Select(r => r.Asset!).ToDictionary(a => a.Id);

        Assert.Equal(5, records.Count);
        var router = assets["netbox:device:100"];
        Assert.Equal(("pe-ne40e-01", "Huawei", "NE40E-X8A", "02351931"), (router.Name, router.Manufacturer, router.Model, router.PartNumber));
        Assert.Equal(("CO-001 Millbrook", "Millbrook Telecom", "Huawei VRP"), (router.Site, router.OwnerOrg, router.Firmware));
        Assert.Equal(AssetRole.Core, router.Role);
        Assert.Equal(new DateOnly(2019, 5, 1), router.Acquired);
        Assert.Equal("critical-infrastructure", router.Use);
        Assert.Equal("00:E0:FC:1A:2B:01", Assert.Single(router.Macs).ToString());
        Assert.Equal(new Uri(netbox.Url, "/api/dcim/devices/100/").AbsoluteUri, router.Source.Locator);
        Assert.Contains(router.Origins, o => o.Field == InventoryField.Manufacturer && o.Origin == "device_type.manufacturer.name");

        // A NetBox role outside NetOrigin's vocabulary ("access-switch") is left out, not a rejection.
        Assert.Equal(AssetRole.Unspecified, assets["netbox:device:101"].Role);

        var card = assets["netbox:module:200"];
        Assert.Equal((AssetKind.Module, "Huawei", "CR5D0L4XFE70", "CO-001 Millbrook"), (card.Kind, card.Manufacturer, card.Model, card.Site));
        var optic = assets["netbox:inventory-item:300"];
        Assert.Equal(("Finisar", "FTLX1471D3BCL", "FNS1234567"), (optic.Manufacturer, optic.PartNumber, optic.Serial));

        var circuit = assets["netbox:circuit:400"];
        Assert.Equal((AssetKind.Service, "China Telecom Americas", 4134L, ServiceType.Transit), (circuit.Kind, circuit.Provider, circuit.Asn, circuit.ServiceType));
        Assert.Equal(("CTA-TRANSIT-17", "CO-001 Millbrook", "Millbrook Telecom"), (circuit.Name, circuit.Site, circuit.OwnerOrg));
    }

    [Fact]
    public async Task Cursor_pagination_reads_every_page_once()
    {
        await using var netbox = new NetBoxStandIn();
        NetBoxSample.Populate(netbox, extraDevices: 25);

        var records = await Import(netbox, pageSize: 4);

        Assert.Equal(27, records.Count(r => r.Asset?.Kind == AssetKind.Device));
        Assert.Equal(27, records.Select(r => r.Asset!.Id).Distinct().Count(id => id.StartsWith("netbox:device:", StringComparison.Ordinal)));
        Assert.Equal(7, netbox.Requests("/api/dcim/devices/"));
    }

    [Fact]
    public async Task A_500_mid_run_is_retried_with_back_off_and_the_import_completes()
    {
        await using var netbox = new NetBoxStandIn();
        NetBoxSample.Populate(netbox, extraDevices: 6);
        netbox.Fail("/api/dcim/devices/", after: 1, 500, 502);

        var records = await Import(netbox, pageSize: 3);

        Assert.Equal(8, records.Count(r => r.Asset?.Kind == AssetKind.Device));
        Assert.Equal(3 + 2, netbox.Requests("/api/dcim/devices/"));
    }

    [Fact]
    public async Task A_429_is_retried_after_the_servers_retry_after()
    {
        await using var netbox = new NetBoxStandIn();
        NetBoxSample.Populate(netbox);
        netbox.Fail("/api/dcim/manufacturers/", after: 0, 429);

        var records = await Import(netbox, pageSize: 1000);

        Assert.Equal(5, records.Count);
        Assert.Equal(2, netbox.Requests("/api/dcim/manufacturers/"));
    }

    [Fact]
    public async Task Errors_that_outlast_the_retries_stop_the_import_naming_the_url()
    {
        await using var netbox = new NetBoxStandIn();
        NetBoxSample.Populate(netbox);
        netbox.Fail("/api/dcim/devices/", after: 0, 503, 503, 503, 503);

        var error = await Assert.ThrowsAsync<NetBoxException>(() => Import(netbox));

        Assert.Contains("/api/dcim/devices/", error.Message, StringComparison.Ordinal);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_stops_the_import_naming_the_url_and_the_problem()
    {
        await using var netbox = new NetBoxStandIn();
        NetBoxSample.Populate(netbox);
        netbox.Malformed("/api/dcim/modules/");

        var error = await Assert.ThrowsAsync<NetBoxException>(() => Import(netbox));

        Assert.Contains("/api/dcim/modules/", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_value_rejects_only_that_object_with_its_url()
    {
        await using var netbox = new NetBoxStandIn();
        NetBoxSample.Populate(netbox);
        netbox.Add("/api/dcim/devices/", NetBoxSample.Device(102, "bad-date", 10, "NE40E-X8A", 1, "Huawei", null, "core", "X", "31/02/2020"));

        var records = await Import(netbox);

        var rejection = Assert.Single(records, r => r.Asset is null).Rejection!;
        Assert.Contains("acquired '31/02/2020' is not a date", rejection.Reason, StringComparison.Ordinal);
        Assert.EndsWith("/api/dcim/devices/102/", rejection.Source.Locator, StringComparison.Ordinal);
        Assert.Equal(5, records.Count(r => r.Asset is not null));
    }

    [Theory]
    [InlineData("wrong-token", "401", "refused the token")]
    [InlineData(NetBoxStandIn.TokenWithoutPermission, "403", "lacks permission")]
    public async Task Refused_tokens_are_a_clear_error_and_nothing_is_written(string token, string status, string message)
    {
        await using var netbox = new NetBoxStandIn();
        NetBoxSample.Populate(netbox);
        var dir = Loopback.ScratchDirectory("netbox");
        var tokenFile = Path.Combine(dir, "token");
        File.WriteAllText(tokenFile, token + "\n");
        var output = Path.Combine(dir, "netbox.jsonl");

        var run = NetOriginCli.Run("import", "netbox", "--url", netbox.Url.AbsoluteUri, "--token-file", tokenFile, "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(status, run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Import_then_incremental_run_reads_only_what_changed_and_assess_reads_the_output()
    {
        await using var netbox = new NetBoxStandIn();
        NetBoxSample.Populate(netbox);
        var dir = Loopback.ScratchDirectory("netbox");
        var tokenFile = Path.Combine(dir, "token");
        File.WriteAllText(tokenFile, NetBoxStandIn.Token);
        var state = Path.Combine(dir, "state");
        File.WriteAllText(state, "2026-02-01T00:00:00Z");
        var full = Path.Combine(dir, "full.jsonl");
        var changed = Path.Combine(dir, "changed.jsonl");

        var first = NetOriginCli.Run("import", "netbox", "--url", netbox.Url.AbsoluteUri, "--token-file", tokenFile, "--out", full);
        var second = NetOriginCli.Run("import", "netbox", "--url", netbox.Url.AbsoluteUri, "--token-file", tokenFile, "--out", changed, "--state", state);
        var assess = NetOriginCli.Run("assess", full, "--data", NetOriginCli.DataDirectory, "--as-of", "2026-06-30", "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("5 objects", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("netbox:device:101", Assert.Single(InventorySource.Open(changed).Read()).Asset!.Id);
        Assert.Equal("2026-03-01T10:00:00.000000Z", File.ReadAllText(state).Trim());
        Assert.Equal(0, assess.ExitCode);
        Assert.Contains("\"accepted\":5", assess.Out, StringComparison.Ordinal);
        Assert.Contains("/api/dcim/devices/100/", assess.Out, StringComparison.Ordinal);
    }
}
