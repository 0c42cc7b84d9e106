using System.Collections.Concurrent;

namespace NetOrigin.Connectors.Snmp.Usm;

/// <summary>
/// An SNMPv3 user: name, authentication protocol and password, and optionally an AES-128 privacy password. The
/// password keys (1 MiB of hashing each) are made once; keys localized to each engine are cached.
/// </summary>
public sealed class UsmUser
{
    private const int MaxEngines = 100_000;
    private readonly byte[]? _authKu;
    private readonly byte[]? _privKu;
    private readonly ConcurrentDictionary<string, (byte[]? Auth, byte[]? Priv)> _localized = new(StringComparer.Ordinal);

    public UsmUser(string name, AuthProtocol? auth = null, string? authPassword = null, string? privPassword = null)
    {
        if (privPassword is not null && auth is null)
        {
            throw new ArgumentException("privacy needs authentication (USM has no priv without auth)");
        }

        if (auth is not null && authPassword is null)
        {
            throw new ArgumentException("an authentication protocol needs a password");
        }

        Name = name;
        Auth = auth;
        _authKu = auth?.PasswordKey(authPassword!);
        _privKu = privPassword is null ? null : auth!.PasswordKey(privPassword);
    }

    public string Name { get; }
    public AuthProtocol? Auth { get; }
    public bool Authenticates => Auth is not null;
    public bool Encrypts => _privKu is not null;

    public (byte[]? Auth, byte[]? Priv) KeysFor(byte[] engineId)
    {
        var key = Convert.ToHexString(engineId);
        if (_localized.TryGetValue(key, out var keys))
        {
            return keys;
        }

        keys = (_authKu is null ? null : Auth!.Localize(_authKu, engineId), _privKu is null ? null : Auth!.Localize(_privKu, engineId));
        if (_localized.Count < MaxEngines)
        {
            _localized.TryAdd(key, keys);
        }

        return keys;
    }
}
