using System.Net;
using NetOrigin.Connectors.Snmp;
using NetOrigin.Connectors.Snmp.Ber;
using NetOrigin.Connectors.Snmp.Discovery;
using NetOrigin.Connectors.Snmp.Usm;
using NetOrigin.Connectors.Tests.Peers;
using NetOrigin.Inventory;

namespace NetOrigin.Connectors.Tests.Snmp;

/// <summary>Discovery against Net-SNMP's snmpd on loopback, with a v2c community and a SHA-256/AES-128 v3 user.</summary>
public sealed class SnmpdDiscoveryTests(SnmpdPeer snmpd) : IClassFixture<SnmpdPeer>
{
    private static readonly SnmpOptions Quick = new(TimeSpan.FromMilliseconds(500), 1);

    private static SnmpCredentials V3(string auth = SnmpdPeer.AuthPassword, string? priv = SnmpdPeer.PrivPassword, string user = SnmpdPeer.User) =>
        new SnmpCredentials.V3(new UsmUser(user, AuthProtocol.Sha256, auth, priv));

    [Fact]
    public async Task V2c_community_reads_the_system_group_into_a_device_whose_values_name_their_oids()
    {
        var outcome = await new SnmpDiscovery(Quick).PollAsync(snmpd.Endpoint, new SnmpCredentials.Community(SnmpdPeer.Community), TestContext.Current.CancellationToken);

        Assert.True(outcome.Answered, outcome.Detail);
        var device = Assert.Single(outcome.Records).Asset!;
        Assert.Equal($"127.0.0.1:{snmpd.Port}", device.Id);
        Assert.Equal("pe-core-01", device.Name);
        Assert.Equal("CO-001 Millbrook", device.Site);
        Assert.Equal(SnmpdPeer.SysObjectId, device.IdentifierValue(IdentifierKind.SysObjectId));
        Assert.Equal(SnmpdPeer.SysDescr, device.IdentifierValue(IdentifierKind.SysDescr));
        Assert.NotNull(device.IdentifierValue(IdentifierKind.SnmpEngineId));
        Assert.Contains(device.Origins, o => o.Field == InventoryField.Name && o.Origin.StartsWith("1.3.6.1.2.1.1.5.0", StringComparison.Ordinal));
        Assert.Contains(device.Identifiers, i => i.Kind == IdentifierKind.SysDescr && i.Origin!.StartsWith("1.3.6.1.2.1.1.1.0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task V3_user_with_sha256_and_aes128_discovers_the_engine_and_reads_the_same_device()
    {
        var outcome = await new SnmpDiscovery(Quick).PollAsync(snmpd.Endpoint, V3(), TestContext.Current.CancellationToken);

        Assert.True(outcome.Answered, outcome.Detail);
        var device = outcome.Records[0].Asset!;
        Assert.Equal("pe-core-01", device.Name);
        Assert.Equal(SnmpdPeer.SysDescr, device.IdentifierValue(IdentifierKind.SysDescr));
        Assert.StartsWith("80001F88", device.IdentifierValue(IdentifierKind.SnmpEngineId)!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V3_wrong_authentication_password_is_reported_as_authentication_failed()
    {
        var outcome = await new SnmpDiscovery(Quick).PollAsync(snmpd.Endpoint, V3(auth: "not-the-password"), TestContext.Current.CancellationToken);

        Assert.Equal(SnmpFailure.AuthenticationFailed, outcome.Failure);
        Assert.Contains("usmStatsWrongDigests", outcome.Detail, StringComparison.Ordinal);
        var rejection = Assert.Single(outcome.Records).Rejection!;
        Assert.StartsWith("authentication failed", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V3_unknown_user_is_reported_as_authentication_failed()
    {
        var outcome = await new SnmpDiscovery(Quick).PollAsync(snmpd.Endpoint, V3(user: "mallory"), TestContext.Current.CancellationToken);

        Assert.Equal(SnmpFailure.AuthenticationFailed, outcome.Failure);
        Assert.Contains("usmStatsUnknownUserNames", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_where_nothing_listens_is_no_response_and_still_one_rejected_record()
    {
        var closed = new IPEndPoint(IPAddress.Loopback, Loopback.FreeUdpPort());

        var outcome = await new SnmpDiscovery(Quick).PollAsync(closed, new SnmpCredentials.Community("public"), TestContext.Current.CancellationToken);

        Assert.Equal(SnmpFailure.NoResponse, outcome.Failure);
        Assert.Null(Assert.Single(outcome.Records).Asset);
    }

    [Fact]
    public async Task A_wrong_community_gets_no_answer_from_snmpd_and_is_no_response()
    {
        var outcome = await new SnmpDiscovery(new SnmpOptions(TimeSpan.FromMilliseconds(200), 0)).PollAsync(snmpd.Endpoint, new SnmpCredentials.Community("wrong"), TestContext.Current.CancellationToken);

        Assert.Equal(SnmpFailure.NoResponse, outcome.Failure);
    }

    [Fact]
    public async Task GetNext_and_GetBulk_walk_the_system_group_in_oid_order_with_v3_privacy()
    {
        using var session = new SnmpSession(snmpd.Endpoint, V3(), Quick);
        var system = Oid.Parse("1.3.6.1.2.1.1");

        var next = await session.GetNextAsync([system], TestContext.Current.CancellationToken);
        var walk = await session.WalkAsync(system, TestContext.Current.CancellationToken);

        Assert.Equal(Mib.SysDescr, next.VarBinds[0].Oid);
        Assert.Equal(SnmpdPeer.SysDescr, next.VarBinds[0].Value.AsText());
        Assert.True(walk.Count >= 6);
        Assert.All(walk, b => Assert.True(b.Oid.StartsWith(system)));
        Assert.Equal(walk.Select(b => b.Oid).Order().ToList(), walk.Select(b => b.Oid).ToList());
        Assert.Contains(walk, b => b.Oid.Equals(Mib.SysLocation) && b.Value.AsText() == "CO-001 Millbrook");
    }

    [Fact]
    public void Discover_then_assess_identifies_the_huawei_router_and_finds_it_covered()
    {
        var dir = Loopback.ScratchDirectory("discover");
        var inventory = Path.Combine(dir, "found.jsonl");
        var secret = Path.Combine(dir, "auth");
        var privacy = Path.Combine(dir, "priv");
        File.WriteAllText(secret, SnmpdPeer.AuthPassword + "\n");
        File.WriteAllText(privacy, SnmpdPeer.PrivPassword + "\n");
        var closed = Loopback.FreeUdpPort();

        var discover = NetOriginCli.Run("discover", "snmp", $"127.0.0.1:{snmpd.Port}", $"127.0.0.1:{closed}", "--v3-user", SnmpdPeer.User, "--auth", "sha256",
            "--auth-password-file", secret, "--priv", "aes128", "--priv-password-file", privacy, "--timeout", "300", "--out", inventory);
        var assess = NetOriginCli.Run("assess", inventory, "--data", NetOriginCli.DataDirectory, "--as-of", "2026-06-30", "--format", "csv");

        Assert.Equal(0, discover.ExitCode);
        Assert.Contains("2 targets: 1 answered, 1 no response; 1 assets written", discover.Error, StringComparison.Ordinal);
        Assert.Equal(0, assess.ExitCode);
        var row = Assert.Single(assess.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1));
        Assert.Contains("Huawei", row, StringComparison.Ordinal);
        Assert.Contains(",violation,", row, StringComparison.Ordinal);
    }
}
