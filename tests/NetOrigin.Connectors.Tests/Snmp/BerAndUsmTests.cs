using NetOrigin.Connectors.Snmp;
using NetOrigin.Connectors.Snmp.Ber;
using NetOrigin.Connectors.Snmp.Usm;

namespace NetOrigin.Connectors.Tests.Snmp;

public sealed class BerAndUsmTests
{
    [Theory]
    [InlineData(0L, "020100")]
    [InlineData(127L, "02017F")]
    [InlineData(128L, "02020080")]
    [InlineData(-1L, "0201FF")]
    [InlineData(-129L, "0202FF7F")]
    [InlineData(2147483647L, "02047FFFFFFF")]
    public void Integers_encode_in_the_fewest_twos_complement_bytes_and_decode_back(long value, string hex)
    {
        var writer = new BerWriter();
        writer.WriteInteger(value);

        Assert.Equal(hex, Convert.ToHexString(writer.ToArray()));
        var reader = new BerReader(writer.ToArray());
        Assert.Equal(value, reader.ReadInteger("test"));
    }

    [Fact]
    public void Object_identifiers_with_large_arcs_round_trip_and_order_as_snmp_orders_them()
    {
        var oid = Oid.Parse("1.3.6.1.4.1.2011.2.4294967295.0");

        Assert.Equal("2B06010401 8F5B 02 8FFFFFFF7F 00".Replace(" ", "", StringComparison.Ordinal), Convert.ToHexString(oid.Encode()));
        Assert.Equal(oid, Oid.Decode(oid.Encode()));
        Assert.True(Oid.Parse("1.3.6.1.2.1.1.9").CompareTo(Oid.Parse("1.3.6.1.2.1.1.10")) < 0);
        Assert.True(Oid.Parse("1.3.6.1.2.1.1").CompareTo(Oid.Parse("1.3.6.1.2.1.1.0")) < 0);
    }

    [Fact]
    public void Lengths_beyond_the_datagram_are_refused_before_anything_is_allocated()
    {
        var error = Assert.Throws<BerException>(() => CommunityMessage.Decode([0x30, 0x84, 0x7F, 0xFF, 0xFF, 0xFF, 0x02, 0x01, 0x01]));

        Assert.Contains("remain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_v2c_request_decodes_to_what_was_encoded()
    {
        var request = CommunityMessage.Encode("public", Pdu.GetBulk(42, 10, [Oid.Parse("1.3.6.1.2.1.2.2.1.6")]));

        var (community, pdu) = CommunityMessage.Decode(request);

        Assert.Equal("public", community);
        Assert.Equal((BerTag.GetBulkRequest, 42, 10), (pdu.Type, pdu.RequestId, pdu.ErrorIndexOrMaxRepetitions));
        Assert.Equal("1.3.6.1.2.1.2.2.1.6", pdu.VarBinds[0].Oid.ToString());
    }

    /// <summary>RFC 3414 appendix A.3.2: "maplesyrup" localized to engine 00…02 with SHA-1.</summary>
    [Fact]
    public void Password_to_key_and_localization_match_the_rfc_3414_sha1_example()
    {
        var engine = Convert.FromHexString("000000000000000000000002");

        Assert.Equal("9FB5CC0381497B3793528939FF788D5D79145211", Convert.ToHexString(AuthProtocol.Sha1.PasswordKey("maplesyrup")));
        Assert.Equal("6695FEBC9288E36282235FC7151F128497B38F3F", Convert.ToHexString(AuthProtocol.Sha1.LocalizedKey("maplesyrup", engine)));
    }

    [Fact]
    public void An_authenticated_private_v3_message_verifies_and_decrypts_with_the_right_keys_only()
    {
        var engine = Convert.FromHexString("80001F8880ABCDEF0123456789");
        var user = new UsmUser("auditor", AuthProtocol.Sha256, "auth-pass-7860", "priv-pass-3826");
        var (auth, priv) = user.KeysFor(engine);
        var flags = (byte)(UsmMessage.FlagAuth | UsmMessage.FlagPriv);
        var message = UsmMessage.Encode(7, flags, new UsmParameters(engine, 3, 1234, "auditor", [], []), engine, Pdu.Get(8, [Oid.Parse("1.3.6.1.2.1.1.5.0")]), auth, AuthProtocol.Sha256, priv, new byte[8]);

        var decoded = UsmMessage.Decode(message, AuthProtocol.Sha256, user.KeysFor);
        var impostor = new UsmUser("auditor", AuthProtocol.Sha256, "wrong-password", "priv-pass-3826");

        Assert.Equal((7, 8, "1.3.6.1.2.1.1.5.0"), (decoded.MessageId, decoded.Pdu.RequestId, decoded.Pdu.VarBinds[0].Oid.ToString()));
        Assert.Equal(24, decoded.Security.AuthParams.Length);
        Assert.Throws<System.Security.Cryptography.CryptographicException>(() => UsmMessage.Decode(message, AuthProtocol.Sha256, impostor.KeysFor));
    }
}
