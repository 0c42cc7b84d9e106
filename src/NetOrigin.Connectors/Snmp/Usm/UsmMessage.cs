using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using NetOrigin.Connectors.Snmp.Ber;

namespace NetOrigin.Connectors.Snmp.Usm;

/// <summary>The USM security parameters of an SNMPv3 message (RFC 3414 §2.4).</summary>
public sealed record UsmParameters(byte[] EngineId, int Boots, int Time, string UserName, byte[] AuthParams, byte[] PrivParams);

/// <summary>A decoded SNMPv3 message: its header, security parameters and the scoped PDU (decrypted when private).</summary>
public sealed record UsmReply(int MessageId, byte Flags, UsmParameters Security, byte[] ContextEngineId, Pdu Pdu);

/// <summary>
/// SNMPv3 messages with the User-based Security Model (RFC 3412 §6, RFC 3414): encoding a request with
/// authentication (the HMAC is computed over the message with zeroed authentication parameters, then written in)
/// and AES privacy (RFC 3826), and decoding a reply, checking its HMAC before anything in it is believed.
/// </summary>
public static class UsmMessage
{
    public const byte FlagAuth = 0x01;
    public const byte FlagPriv = 0x02;
    public const byte FlagReportable = 0x04;
    private const int Version3 = 3;
    private const int SecurityModelUsm = 3;
    public const int MaxMessageSize = 65507;

    public static byte[] Encode(int messageId, byte flags, UsmParameters security, byte[] contextEngineId, Pdu pdu, byte[]? authKey, AuthProtocol? auth, byte[]? privKey, byte[]? salt)
    {
        var scoped = new BerWriter();
        scoped.BeginSequence();
        scoped.WriteOctetString(contextEngineId);
        scoped.WriteOctetString([]);
        pdu.WriteTo(scoped);
        scoped.End();
        var scopedPdu = scoped.ToArray();

        byte[] privParams = [];
        var msgData = scopedPdu;
        if ((flags & FlagPriv) != 0)
        {
            privParams = salt!;
            var data = new BerWriter();
            data.WriteOctetString(AesPrivacy.Encrypt(privKey!, security.Boots, security.Time, salt, scopedPdu));
            msgData = data.ToArray();
        }

        var authenticated = (flags & FlagAuth) != 0;
        var usm = new BerWriter();
        usm.BeginSequence();
        usm.WriteOctetString(security.EngineId);
        usm.WriteInteger(security.Boots);
        usm.WriteInteger(security.Time);
        usm.WriteOctetString(System.Text.Encoding.UTF8.GetBytes(security.UserName));
        usm.WriteOctetString(authenticated ? new byte[auth!.MacLength] : []);
        usm.WriteOctetString(privParams);
        usm.End();

        // Version, header and security parameters; the message data follows, and the outer sequence wraps both.
        var part = new BerWriter();
        part.WriteInteger(Version3);
        part.BeginSequence();
        part.WriteInteger(messageId);
        part.WriteInteger(MaxMessageSize);
        part.WriteOctetString([flags]);
        part.WriteInteger(SecurityModelUsm);
        part.End();
        part.WriteOctetString(usm.ToArray());
        return Assemble(part.ToArray(), msgData, authenticated, auth, authKey);
    }

    private static byte[] Assemble(ReadOnlySpan<byte> headerAndSecurity, byte[] msgData, bool authenticated, AuthProtocol? auth, byte[]? authKey)
    {
        var length = headerAndSecurity.Length + msgData.Length;
        var prefix = BerWriter.Header(BerTag.Sequence, length);
        var bytes = new byte[prefix.Length + length];
        prefix.CopyTo(bytes, 0);
        headerAndSecurity.CopyTo(bytes.AsSpan(prefix.Length));
        msgData.CopyTo(bytes, prefix.Length + headerAndSecurity.Length);
        if (authenticated)
        {
            var at = Locate(bytes).AuthOffset;
            var mac = auth!.Mac(authKey!, bytes);
            mac.CopyTo(bytes, at);
        }

        return bytes;
    }

    /// <summary>Reads the header and security parameters, and where the authentication parameters sit.</summary>
    private static (int MessageId, byte Flags, UsmParameters Security, int AuthOffset, int AuthLength, ReadOnlyMemory<byte> Data) Parse(byte[] datagram)
    {
        var outer = new BerReader(datagram);
        var messageSpan = outer.Read(BerTag.Sequence, "message");
        var message = new BerReader(messageSpan);
        var version = message.ReadInteger("version");
        if (version != Version3)
        {
            throw new BerException($"message version {version} is not SNMPv3");
        }

        var header = new BerReader(message.Read(BerTag.Sequence, "header"));
        var messageId = (int)header.ReadInteger("msgID");
        header.ReadInteger("msgMaxSize");
        var flags = header.ReadOctetString("msgFlags");
        var model = header.ReadInteger("msgSecurityModel");
        if (flags.Length != 1 || model != SecurityModelUsm)
        {
            throw new BerException("the header is not a USM header (one flags byte, security model 3)");
        }

        var usm = new BerReader(message.Read(BerTag.OctetString, "security parameters"));
        var parameters = new BerReader(usm.Read(BerTag.Sequence, "USM parameters"));
        var engineId = parameters.ReadOctetString("engine ID");
        var boots = (int)parameters.ReadInteger("engine boots");
        var time = (int)parameters.ReadInteger("engine time");
        var user = System.Text.Encoding.UTF8.GetString(parameters.ReadOctetString("user name"));
        var authSpan = parameters.Read(BerTag.OctetString, "authentication parameters");
        var authOffset = Offset(datagram, authSpan);
        var privParams = parameters.ReadOctetString("privacy parameters");
        var dataStart = Offset(datagram, messageSpan) + message.Position;
        var data = datagram.AsMemory(dataStart, messageSpan.Length - message.Position);
        return (messageId, flags[0], new UsmParameters(engineId, boots, time, user, authSpan.ToArray(), privParams), authOffset, authSpan.Length, data);
    }

    private static (int AuthOffset, int AuthLength) Locate(byte[] datagram)
    {
        var parsed = Parse(datagram);
        return (parsed.AuthOffset, parsed.AuthLength);
    }

    /// <summary>
    /// Decodes a reply. <paramref name="keysFor"/> gives the localized keys for the engine the reply names (null
    /// when it comes unauthenticated, as discovery reports do). A reply that claims authentication but whose HMAC does
    /// not verify raises <see cref="CryptographicException"/>.
    /// </summary>
    public static UsmReply Decode(byte[] datagram, AuthProtocol? auth, Func<byte[], (byte[]? Auth, byte[]? Priv)> keysFor)
    {
        var (messageId, flags, security, authOffset, authLength, data) = Parse(datagram);
        byte[]? privKey = null;
        if ((flags & FlagAuth) != 0)
        {
            if (auth is null)
            {
                throw new CryptographicException("the reply is authenticated but no user key was given");
            }

            var (authKey, priv) = keysFor(security.EngineId);
            privKey = priv;
            if (authLength != auth.MacLength || authKey is null)
            {
                throw new CryptographicException("the reply's authentication parameters do not fit the protocol");
            }

            var copy = (byte[])datagram.Clone();
            Array.Clear(copy, authOffset, authLength);
            var expected = auth.Mac(authKey, copy);
            if (!CryptographicOperations.FixedTimeEquals(expected, datagram.AsSpan(authOffset, authLength)))
            {
                throw new CryptographicException("the reply's HMAC does not verify (wrong authentication password?)");
            }
        }

        byte[] scoped;
        if ((flags & FlagPriv) != 0)
        {
            var reader = new BerReader(data.Span);
            var encrypted = reader.ReadOctetString("encrypted PDU");
            if (privKey is null)
            {
                throw new CryptographicException("the reply is encrypted but no privacy key was given");
            }

            scoped = AesPrivacy.Decrypt(privKey, security.Boots, security.Time, security.PrivParams, encrypted);
        }
        else
        {
            scoped = data.ToArray();
        }

        var scopedReader = new BerReader(scoped);
        var pduReader = new BerReader(scopedReader.Read(BerTag.Sequence, "scoped PDU"));
        var contextEngineId = pduReader.ReadOctetString("context engine ID");
        pduReader.ReadOctetString("context name");
        var pdu = Pdu.Read(ref pduReader);
        return new UsmReply(messageId, flags, security, contextEngineId, pdu);
    }

    private static int Offset(byte[] whole, ReadOnlySpan<byte> part) =>
        part.IsEmpty ? 0 : (int)Unsafe.ByteOffset(ref MemoryMarshal.GetArrayDataReference(whole), ref MemoryMarshal.GetReference(part));
}
