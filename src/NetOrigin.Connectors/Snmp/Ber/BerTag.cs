namespace NetOrigin.Connectors.Snmp.Ber;

/// <summary>The BER tags SNMP uses (RFC 3416 and its SMI, RFC 2578): universal, application and context ones.</summary>
public static class BerTag
{
    public const byte Integer = 0x02;
    public const byte OctetString = 0x04;
    public const byte Null = 0x05;
    public const byte ObjectIdentifier = 0x06;
    public const byte Sequence = 0x30;

    public const byte IpAddress = 0x40;
    public const byte Counter32 = 0x41;
    public const byte Gauge32 = 0x42;
    public const byte TimeTicks = 0x43;
    public const byte Opaque = 0x44;
    public const byte Counter64 = 0x46;

    // Exceptions in a response's variable bindings.
    public const byte NoSuchObject = 0x80;
    public const byte NoSuchInstance = 0x81;
    public const byte EndOfMibView = 0x82;

    // PDUs.
    public const byte GetRequest = 0xA0;
    public const byte GetNextRequest = 0xA1;
    public const byte Response = 0xA2;
    public const byte SetRequest = 0xA3;
    public const byte GetBulkRequest = 0xA5;
    public const byte InformRequest = 0xA6;
    public const byte Trap = 0xA7;
    public const byte Report = 0xA8;
}
