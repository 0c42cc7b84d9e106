using System.Buffers.Binary;
using System.Security.Cryptography;

namespace NetOrigin.Connectors.Snmp.Usm;

/// <summary>
/// usmAesCfb128Protocol (RFC 3826): AES-128 in CFB mode with 128-bit feedback. The key is the first 16 bytes of the
/// privacy password localized with the user's authentication hash; the IV is the engine's boots and time (4 bytes
/// each, big-endian) followed by the 8-byte salt sent in msgPrivacyParameters.
/// </summary>
public static class AesPrivacy
{
    public const int KeyLength = 16;
    public const int SaltLength = 8;

    public static byte[] Encrypt(byte[] localizedKey, int boots, int time, ReadOnlySpan<byte> salt, byte[] plaintext)
    {
        using var aes = Create(localizedKey);
        var iv = Iv(boots, time, salt);
        return Whole(plaintext, block => aes.EncryptCfb(block, iv, PaddingMode.None, 128));
    }

    public static byte[] Decrypt(byte[] localizedKey, int boots, int time, ReadOnlySpan<byte> salt, byte[] ciphertext)
    {
        if (salt.Length != SaltLength)
        {
            throw new CryptographicException($"the privacy parameters are {salt.Length} bytes, not the {SaltLength} AES needs");
        }

        using var aes = Create(localizedKey);
        var iv = Iv(boots, time, salt);
        return Whole(ciphertext, block => aes.DecryptCfb(block, iv, PaddingMode.None, 128));
    }

    /// <summary>
    /// CFB is a stream mode: the first n bytes of output depend only on the first n of input. .NET wants whole
    /// blocks, so the input is padded with zeros and the output cut back to the input's length.
    /// </summary>
    private static byte[] Whole(byte[] data, Func<byte[], byte[]> transform)
    {
        var padded = new byte[(data.Length + 15) / 16 * 16];
        data.CopyTo(padded, 0);
        return transform(padded)[..data.Length];
    }

    private static Aes Create(byte[] localizedKey)
    {
        if (localizedKey.Length < KeyLength)
        {
            throw new CryptographicException("the localized privacy key is shorter than 16 bytes");
        }

        var aes = Aes.Create();
        aes.Key = localizedKey[..KeyLength];
        return aes;
    }

    private static byte[] Iv(int boots, int time, ReadOnlySpan<byte> salt)
    {
        var iv = new byte[16];
        BinaryPrimitives.WriteInt32BigEndian(iv, boots);
        BinaryPrimitives.WriteInt32BigEndian(iv.AsSpan(4), time);
        salt.CopyTo(iv.AsSpan(8));
        return iv;
    }
}
