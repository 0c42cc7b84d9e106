using System.Net;
using System.Security.Cryptography;
using System.Text;
using NetOrigin.Connectors.Snmp;
using NetOrigin.Connectors.Snmp.Ber;
using NetOrigin.Connectors.Snmp.Discovery;
using NetOrigin.Connectors.Snmp.Usm;
using Oid = NetOrigin.Connectors.Snmp.Ber.Oid;

namespace NetOrigin.Fuzzing.Targets;

/// <summary>
/// An SNMP reply datagram as discovery decodes it: as SNMPv2c and as SNMPv3 (USM, HMAC-SHA-256 checked), then the
/// variable bindings mapped to inventory records. The session refuses a malformed reply with a BER or cryptographic
/// error (when it decodes or when its values are mapped) and reports the agent as malformed; nothing else may
/// escape, and every record is accepted or rejected.
/// </summary>
public sealed class SnmpReplyTarget : IFuzzTarget
{
    private static readonly byte[] Engine = Convert.FromHexString("80001F8880ABCDEF0123456789");
    private static readonly UsmUser User = new("auditor", AuthProtocol.Sha256, "auth-pass-7860", "priv-pass-3826");
    private static readonly (byte[]? Auth, byte[]? Priv) Keys = User.KeysFor(Engine);
    private static readonly IPEndPoint Agent = new(IPAddress.Loopback, 161);

    /// <summary>BER's sharp edges: long and indefinite lengths, empty and oversized integers, OID arcs that never end.</summary>
    private static readonly byte[][] BerTokens =
    [
        [0x30, 0x84, 0x7F, 0xFF, 0xFF, 0xFF], [0x30, 0x80], [0x30, 0x00], [0x06, 0x81, 0xFF], [0x06, 0x00], [0x06, 0x03, 0x2B, 0x80, 0x80],
        [0x06, 0x0B, 0x2B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F], [0x02, 0x00], [0x02, 0x09, 0x01, 0, 0, 0, 0, 0, 0, 0, 0],
        [0x04, 0x82, 0xFF, 0xFF], [0x04, 0x00], [0x40, 0x04, 0x7F, 0, 0, 1], [0x40, 0x03, 1, 2, 3], [0x41, 0x05, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],
        [0x43, 0x00], [0x46, 0x09, 1, 0, 0, 0, 0, 0, 0, 0, 0], [0x80, 0x00], [0x81, 0x00], [0x82, 0x00], [0xA2, 0x00], [0xA8, 0x00], [0x1F, 0xFF, 0xFF, 0x7F],
        [0x02, 0x01, 0x03], [0x02, 0x01, 0x01], [0x02, 0x01, 0x00],
    ];

    public string Name => "snmp-reply";

    public string Extension => "ber";

    public IReadOnlyList<byte[]> Seeds { get; } = MakeSeeds();

    public IReadOnlyList<byte[]> Tokens => BerTokens;

    public bool IsInputError(Exception exception) => false;

    public string? Run(byte[] input, FuzzScratch scratch)
    {
        foreach (var decode in new Func<byte[], (byte[]? Engine, Pdu Pdu)>[]
        {
            datagram => (null, CommunityMessage.Decode(datagram).Pdu),
            datagram => UsmMessage.Decode(datagram, AuthProtocol.Sha256, _ => Keys) is var reply ? (reply.Security.EngineId, reply.Pdu) : default,
        })
        {
            try
            {
                // Values are decoded as they are mapped, so a malformed value is refused there: discovery reports
                // such an agent as a malformed reply, as it does a datagram that does not decode.
                var (engine, pdu) = decode(input);
                foreach (var record in AgentInventory.Records(Agent, engine, pdu.VarBinds, [], [], []))
                {
                    if ((record.Asset is null) == (record.Rejection is null))
                    {
                        return "a record is neither accepted nor rejected, or both";
                    }
                }
            }
            catch (Exception ex) when (ex is BerException or CryptographicException)
            {
                if (string.IsNullOrWhiteSpace(ex.Message) || ex.Message.Length > FuzzLimits.Default.MaxMessageChars)
                {
                    return $"refused with an unclear message ({ex.Message.Length} characters)";
                }
            }
        }

        return null;
    }

    /// <summary>A get-response with a system description and object id, as v2c, v3 authenticated and v3 plain.</summary>
    private static byte[][] MakeSeeds()
    {
        var bindings = new[]
        {
            new VarBind(Oid.Parse("1.3.6.1.2.1.1.1.0"), new SnmpValue(BerTag.OctetString, Encoding.ASCII.GetBytes("Huawei Versatile Routing Platform Software VRP (R) software, Version 8.180"))),
            new VarBind(Oid.Parse("1.3.6.1.2.1.1.2.0"), new SnmpValue(BerTag.ObjectIdentifier, Oid.Parse("1.3.6.1.4.1.2011.2.224.67").Encode())),
            new VarBind(Oid.Parse("1.3.6.1.2.1.1.5.0"), new SnmpValue(BerTag.OctetString, Encoding.ASCII.GetBytes("pe-1.example.net"))),
        };
        var response = new Pdu(BerTag.Response, 5, 0, 0, bindings);
        return
        [
            CommunityMessage.Encode("public", response),
            UsmMessage.Encode(9, UsmMessage.FlagAuth, new UsmParameters(Engine, 1, 100, User.Name, [], []), Engine, response, Keys.Auth, AuthProtocol.Sha256, Keys.Priv, null),
            UsmMessage.Encode(9, 0, new UsmParameters(Engine, 1, 100, "", [], []), Engine, response, null, null, null, null),
        ];
    }
}
