using System.Globalization;
using System.Text;
using NetOrigin.Connectors.Snmp.Ber;

namespace NetOrigin.Connectors.Snmp;

/// <summary>A variable binding's value: its BER tag and contents, read as text, number, OID or bytes on demand.</summary>
public readonly record struct SnmpValue(byte Tag, byte[] Bytes)
{
    public static readonly SnmpValue Null = new(BerTag.Null, []);

    /// <summary>noSuchObject, noSuchInstance or endOfMibView: the agent has no value here.</summary>
    public bool IsException => Tag is BerTag.NoSuchObject or BerTag.NoSuchInstance or BerTag.EndOfMibView;

    public bool IsEndOfMibView => Tag == BerTag.EndOfMibView;

    public Oid? AsOid() => Tag == BerTag.ObjectIdentifier ? Oid.Decode(Bytes) : null;

    public long? AsInteger() => Tag switch
    {
        BerTag.Integer => BerReader.DecodeInteger(Bytes, "integer"),
        BerTag.Counter32 or BerTag.Gauge32 or BerTag.TimeTicks => (long)BerReader.DecodeUnsigned(Bytes, "unsigned"),
        _ => null,
    };

    /// <summary>An OCTET STRING as text: UTF-8 when it decodes cleanly, else Latin-1; control characters dropped.</summary>
    public string? AsText()
    {
        if (Tag != BerTag.OctetString)
        {
            return Tag == BerTag.ObjectIdentifier ? AsOid()!.ToString() : AsInteger()?.ToString(CultureInfo.InvariantCulture);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(Bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(Bytes);
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(char.IsControl(c) ? (c is '\r' or '\n' or '\t' ? ' ' : '\0') : c);
        }

        return clean.Replace("\0", "").ToString().Trim();
    }

    /// <summary>The bytes as hex (an engine ID, a MAC address).</summary>
    public string AsHex() => Convert.ToHexString(Bytes);
}

/// <summary>One variable binding: an OID and its value.</summary>
public sealed record VarBind(Oid Oid, SnmpValue Value);
