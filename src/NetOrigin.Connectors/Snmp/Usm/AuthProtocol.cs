using System.Security.Cryptography;

namespace NetOrigin.Connectors.Snmp.Usm;

/// <summary>
/// A USM authentication protocol: HMAC over the whole message with a hash, truncated to <see cref="MacLength"/>
/// bytes — HMAC-96 with SHA-1 (RFC 3414) and the SHA-2 protocols of RFC 7860 that .NET's hashes cover
/// (HMAC-192-SHA-256, HMAC-256-SHA-384, HMAC-384-SHA-512; there is no SHA-224 in .NET, so HMAC-128-SHA-224 is not
/// offered). MD5 is not offered at all.
/// </summary>
public sealed record AuthProtocol(string Name, HashAlgorithmName Hash, int MacLength)
{
    public static readonly AuthProtocol Sha1 = new("sha", HashAlgorithmName.SHA1, 12);
    public static readonly AuthProtocol Sha256 = new("sha256", HashAlgorithmName.SHA256, 24);
    public static readonly AuthProtocol Sha384 = new("sha384", HashAlgorithmName.SHA384, 32);
    public static readonly AuthProtocol Sha512 = new("sha512", HashAlgorithmName.SHA512, 48);

    public static readonly IReadOnlyList<AuthProtocol> All = [Sha1, Sha256, Sha384, Sha512];

    public static AuthProtocol? Named(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));

    public byte[] Digest(ReadOnlySpan<byte> data) => Hash.Name switch
    {
        "SHA1" => SHA1.HashData(data),
        "SHA256" => SHA256.HashData(data),
        "SHA384" => SHA384.HashData(data),
        _ => SHA512.HashData(data),
    };

    /// <summary>The truncated HMAC of <paramref name="message"/> under the localized key.</summary>
    public byte[] Mac(byte[] localizedKey, ReadOnlySpan<byte> message)
    {
        byte[] full = Hash.Name switch
        {
            "SHA1" => HMACSHA1.HashData(localizedKey, message),
            "SHA256" => HMACSHA256.HashData(localizedKey, message),
            "SHA384" => HMACSHA384.HashData(localizedKey, message),
            _ => HMACSHA512.HashData(localizedKey, message),
        };
        return full[..MacLength];
    }

    /// <summary>
    /// RFC 3414 A.2 password-to-key (used unchanged by RFC 7860 with SHA-2): hash 1 MiB of the password repeated,
    /// then localize to the engine: H(Ku || engineID || Ku).
    /// </summary>
    public byte[] LocalizedKey(string password, ReadOnlySpan<byte> engineId) => Localize(PasswordKey(password), engineId);

    /// <summary>Localizes a password key (<see cref="PasswordKey"/>, computed once per password) to one engine.</summary>
    public byte[] Localize(byte[] ku, ReadOnlySpan<byte> engineId)
    {
        var buffer = new byte[(ku.Length * 2) + engineId.Length];
        ku.CopyTo(buffer, 0);
        engineId.CopyTo(buffer.AsSpan(ku.Length));
        ku.CopyTo(buffer, ku.Length + engineId.Length);
        return Digest(buffer);
    }

    public byte[] PasswordKey(string password)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(password);
        if (bytes.Length == 0)
        {
            throw new ArgumentException("an SNMPv3 password cannot be empty", nameof(password));
        }

        const int Total = 1 << 20;
        var stream = new byte[Total];
        for (var i = 0; i < Total; i++)
        {
            stream[i] = bytes[i % bytes.Length];
        }

        return Digest(stream);
    }
}
