namespace NetOrigin.Connectors.Snmp.Ber;

/// <summary>Bytes that are not the BER an SNMP message must be: the reply is malformed.</summary>
public sealed class BerException(string message) : Exception(message);
