using NetOrigin.Connectors.Snmp.Ber;

namespace NetOrigin.Connectors.Snmp;

/// <summary>An SNMPv2c message (RFC 1901): version 1, a community string and one PDU.</summary>
public static class CommunityMessage
{
    public const int Version2c = 1;

    public static byte[] Encode(string community, Pdu pdu)
    {
        var writer = new BerWriter();
        writer.BeginSequence();
        writer.WriteInteger(Version2c);
        writer.WriteOctetString(System.Text.Encoding.UTF8.GetBytes(community));
        pdu.WriteTo(writer);
        writer.End();
        return writer.ToArray();
    }

    public static (string Community, Pdu Pdu) Decode(ReadOnlySpan<byte> datagram)
    {
        var outer = new BerReader(datagram);
        var message = new BerReader(outer.Read(BerTag.Sequence, "message"));
        var version = message.ReadInteger("version");
        if (version != Version2c)
        {
            throw new BerException($"message version {version} is not SNMPv2c");
        }

        var community = System.Text.Encoding.UTF8.GetString(message.ReadOctetString("community"));
        var pdu = Pdu.Read(ref message);
        return (community, pdu);
    }
}
