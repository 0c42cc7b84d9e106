using NetOrigin.Connectors.Tests.NetBox;
using NetOrigin.Connectors.Tests.Peers;

namespace NetOrigin.Connectors.Tests;

/// <summary>
/// The connectors write their inventories, rejections and state as every other command does: whole or not at all,
/// and never over one of their inputs or over each other.
/// </summary>
public sealed class ConnectorOutputTests
{
    [Fact]
    public async Task An_import_cut_short_leaves_the_earlier_inventory_rejects_and_state_as_they_were()
    {
        await using var netbox = new NetBoxStandIn();
        NetBoxSample.Populate(netbox);
        netbox.Malformed("/api/dcim/inventory-items/");
        var dir = Loopback.ScratchDirectory("netbox-cut");
        var token = Write(dir, "token", NetBoxStandIn.Token + "\n");
        var output = Write(dir, "netbox.jsonl", "{\"id\":\"from the last run\"}\n");
        var rejects = Write(dir, "rejects.csv", "file,line,reason,record\n");
        var state = Write(dir, "state", "2026-01-01T00:00:00Z\n");

        var run = NetOriginCli.Run("import", "netbox", "--url", netbox.Url.AbsoluteUri, "--token-file", token, "--out", output, "--rejects", rejects, "--state", state);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not valid JSON", run.Error, StringComparison.Ordinal);
        Assert.Equal("{\"id\":\"from the last run\"}\n", File.ReadAllText(output));
        Assert.Equal("file,line,reason,record\n", File.ReadAllText(rejects));
        Assert.Equal("2026-01-01T00:00:00Z\n", File.ReadAllText(state));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public void An_import_output_naming_the_token_file_or_another_output_is_refused_before_netbox_is_asked()
    {
        var dir = Loopback.ScratchDirectory("netbox-same");
        var token = Write(dir, "token", NetBoxStandIn.Token + "\n");
        var output = Path.Combine(dir, "netbox.jsonl");

        // Port 9 (discard) on loopback: were NetBox asked, the run would fail with a connection error instead.
        var overToken = NetOriginCli.Run("import", "netbox", "--url", "http://127.0.0.1:9/", "--token-file", token, "--out", token);
        var overOutput = NetOriginCli.Run("import", "netbox", "--url", "http://127.0.0.1:9/", "--token-file", token, "--out", output, "--state", output);

        Assert.Equal(2, overToken.ExitCode);
        Assert.Contains($"--out '{token}' is the same file as --token-file", overToken.Error, StringComparison.Ordinal);
        Assert.Equal(NetBoxStandIn.Token + "\n", File.ReadAllText(token));
        Assert.Equal(2, overOutput.ExitCode);
        Assert.Contains($"--state '{output}' and --out '{output}' are the same file", overOutput.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Discovery_rejects_pointed_at_the_community_file_is_refused_and_the_file_kept()
    {
        var dir = Loopback.ScratchDirectory("snmp-same");
        var community = Write(dir, "community", "public\n");

        var run = NetOriginCli.Run("discover", "snmp", "127.0.0.1", "--community-file", community, "--rejects", community, "--timeout", "10", "--retries", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--rejects '{community}' is the same file as --community-file", run.Error, StringComparison.Ordinal);
        Assert.Equal("public\n", File.ReadAllText(community));
    }

    private static string Write(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
