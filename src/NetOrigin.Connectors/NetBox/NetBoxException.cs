namespace NetOrigin.Connectors.NetBox;

/// <summary>
/// NetBox could not be read: refused credentials, an error that outlasted the retries, or a reply that is not
/// NetBox's JSON. The message is cut to a readable line, however much of a hostile reply it quotes.
/// </summary>
public sealed class NetBoxException(string message) : Exception(MessageText.Clip(message));
