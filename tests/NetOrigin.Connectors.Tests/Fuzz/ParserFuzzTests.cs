using System.Net;
using System.Security.Cryptography;
using System.Text;
using NetOrigin.Connectors.NetBox;
using NetOrigin.Connectors.Snmp;
using NetOrigin.Connectors.Snmp.Ber;
using NetOrigin.Connectors.Snmp.Usm;
using NetOrigin.Connectors.Tests.NetBox;
using NetOrigin.Testing;
using Oid = NetOrigin.Connectors.Snmp.Ber.Oid;

namespace NetOrigin.Connectors.Tests.Fuzz;

/// <summary>
/// Seeded mutations of valid SNMP replies and NetBox pages: the parsers refuse what is broken with their own
/// errors (BER, crypto, NetBox), every NetBox object that is read is accepted or rejected, and nothing else escapes.
/// </summary>
public sealed class ParserFuzzTests
{
    private const int Cases = 400;

    [Fact]
    public void Mutated_snmp_datagrams_are_refused_as_malformed_never_crash()
    {
        var engine = Convert.FromHexString("80001F8880ABCDEF0123456789");
        var user = new UsmUser("auditor", AuthProtocol.Sha256, "auth-pass-7860", "priv-pass-3826");
        var (auth, priv) = user.KeysFor(engine);
        var bindings = new[] { new VarBind(Oid.Parse("1.3.6.1.2.1.1.1.0"), new SnmpValue(BerTag.OctetString, Encoding.ASCII.GetBytes("Huawei VRP"))), new VarBind(Oid.Parse("1.3.6.1.2.1.1.2.0"), new SnmpValue(BerTag.ObjectIdentifier, Oid.Parse("1.3.6.1.4.1.2011.2.62").Encode())) };
        var response = new Pdu(BerTag.Response, 5, 0, 0, bindings);
        var v2c = CommunityMessage.Encode("public", response);
        var v3 = UsmMessage.Encode(9, UsmMessage.FlagAuth, new UsmParameters(engine, 1, 100, "auditor", [], []), engine, response, auth, AuthProtocol.Sha256, priv, null);
        var v3Plain = UsmMessage.Encode(9, 0, new UsmParameters(engine, 1, 100, "", [], []), engine, response, null, null, null, null);

        var mutator = new SeededMutator(seed: 161);
        foreach (var datagram in mutator.Cases(v2c, Cases))
        {
            Refused(() => CommunityMessage.Decode(datagram).Pdu);
        }

        foreach (var datagram in mutator.Cases(v3, Cases).Concat(mutator.Cases(v3Plain, Cases)))
        {
            Refused(() => UsmMessage.Decode(datagram, AuthProtocol.Sha256, user.KeysFor).Pdu);
        }
    }

    private static void Refused(Func<Pdu> decode)
    {
        try
        {
            foreach (var binding in decode().VarBinds)
            {
                _ = binding.Value.AsText();
            }
        }
        catch (Exception ex) when (ex is BerException or CryptographicException)
        {
            // Refused as malformed: what the session reports for such a reply.
        }
    }

    [Fact]
    public async Task Mutated_netbox_pages_stop_the_import_with_a_netbox_error_or_read_as_records()
    {
        await using var netbox = new NetBoxStandIn();
        NetBoxSample.Populate(netbox);
        var pages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var http = new HttpClient())
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Token {NetBoxStandIn.Token}");
            foreach (var path in new[] { "dcim/manufacturers", "dcim/device-types", "dcim/module-types", "dcim/platforms", "dcim/sites", "tenancy/tenants", "circuits/providers", "dcim/mac-addresses", "circuits/circuit-terminations", "dcim/devices", "dcim/modules", "dcim/inventory-items", "circuits/circuits" })
            {
                pages[$"/api/{path}/"] = await http.GetByteArrayAsync(new Uri(netbox.Url, $"/api/{path}/?limit=1000"), TestContext.Current.CancellationToken);
            }
        }

        var mutator = new SeededMutator(seed: 4134);
        var targets = pages.Keys.ToArray();
        for (var i = 0; i < 200; i++)
        {
            var target = targets[i % targets.Length];
            var mutated = mutator.Cases(pages[target], 1).Single();
            using var handler = new FixedPages(pages, target, mutated);
            using var client = new NetBoxClient(new Uri("http://127.0.0.1:9/"), NetBoxStandIn.Token, retries: 0, handler: handler);
            try
            {
                await foreach (var record in new NetBoxImport(client).ReadAsync(cancel: TestContext.Current.CancellationToken))
                {
                    Assert.True(record.Asset is not null ^ record.Rejection is not null);
                }
            }
            catch (NetBoxException)
            {
            }
        }
    }

    /// <summary>Serves the recorded pages in-process, one of them mutated.</summary>
    private sealed class FixedPages(Dictionary<string, byte[]> pages, string target, byte[] mutated) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            var body = path == target ? mutated : pages.GetValueOrDefault(path) ?? "{\"count\":0,\"next\":null,\"results\":[]}"u8.ToArray();
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) });
        }
    }
}
