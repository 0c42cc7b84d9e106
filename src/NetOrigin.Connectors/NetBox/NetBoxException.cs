namespace NetOrigin.Connectors.NetBox;

/// <summary>NetBox could not be read: refused credentials, an error that outlasted the retries, or a reply that is not NetBox's JSON.</summary>
public sealed class NetBoxException(string message) : Exception(message);
