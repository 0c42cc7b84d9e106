using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace NetOrigin.ReferenceData;

/// <summary>
/// The SHA-256 of data files' bytes — what every compiled image is keyed by — remembered in the cache by each
/// file's full path, length and last-write time, so a run over unchanged files reads and hashes none of them (as
/// make and MSBuild decide what is up to date). A file whose length or time differs is read and hashed again. A
/// digest is remembered only for a file last written well before it was read, so a write in the same clock tick as
/// the read, which could leave length and time as they were, is never hidden.
/// </summary>
internal sealed class FileDigests
{
    /// <summary>Files written this recently are hashed on every run until they settle.</summary>
    internal static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    private const string Magic = "NetOrigin file digests";
    private const int FormatVersion = 1;
    private const string Key = "file-digests-1";

    /// <summary>Enough for the shipped data and many users' files; past it the table starts again.</summary>
    private const int MaxEntries = 4096;

    private static readonly ConditionalWeakTable<IReferenceDataCache, FileDigests> ByCache = [];

    /// <summary>Without a cache every file is hashed each time and nothing is remembered.</summary>
    private static readonly FileDigests Uncached = new(null);

    private readonly IReferenceDataCache? _cache;
    private readonly Lock _lock = new();
    private Dictionary<string, Stamp>? _stamps;

    private FileDigests(IReferenceDataCache? cache) => _cache = cache;

    /// <summary>The digests remembered in <paramref name="cache"/> (one table per cache object), or none.</summary>
    public static FileDigests For(IReferenceDataCache? cache) => cache is null ? Uncached : ByCache.GetValue(cache, c => new FileDigests(c));

    /// <summary>The SHA-256 of the bytes of <paramref name="path"/>, which must exist.</summary>
    public byte[] Of(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        var length = info.Length;
        var written = info.LastWriteTimeUtc;
        if (_cache is not null)
        {
            lock (_lock)
            {
                if (Stamps().TryGetValue(full, out var known) && known.Length == length && known.WrittenTicks == written.Ticks)
                {
                    return known.Digest;
                }
            }
        }

        // The clock here only ages the file; no answer depends on it.
        var readAt = TimeProvider.System.GetUtcNow().UtcDateTime;
        var bytes = File.ReadAllBytes(full);
        var digest = SHA256.HashData(bytes);
        if (_cache is not null && bytes.Length == length && written < readAt - Settled)
        {
            Remember(full, new Stamp(length, written.Ticks, digest));
        }

        return digest;
    }

    /// <summary>Whether a digest of <paramref name="path"/> as it is now is remembered (what the tests look at).</summary>
    internal bool Remembers(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        lock (_lock)
        {
            return info.Exists && Stamps().TryGetValue(full, out var known) && known.Length == info.Length && known.WrittenTicks == info.LastWriteTimeUtc.Ticks;
        }
    }

    private void Remember(string full, Stamp stamp)
    {
        lock (_lock)
        {
            var stamps = Stamps();
            if (stamps.Count >= MaxEntries)
            {
                stamps.Clear();
            }

            stamps[full] = stamp;
            _cache!.Store(Key, CompiledImage.Write(Magic, FormatVersion, Key, writer =>
            {
                writer.Write(stamps.Count);
                foreach (var (path, known) in stamps)
                {
                    writer.Write(path);
                    writer.Write(known.Length);
                    writer.Write(known.WrittenTicks);
                    writer.Write(known.Digest);
                }
            }));
        }
    }

    /// <summary>The table stored in the cache, read once; a missing or damaged one is an empty table.</summary>
    private Dictionary<string, Stamp> Stamps()
    {
        if (_stamps is null)
        {
            var stored = _cache!.Read(Key);
            _stamps = stored is not null && CompiledImage.TryRead(stored, Magic, FormatVersion, Key, Read, out var table) ? table : new(StringComparer.Ordinal);
        }

        return _stamps;
    }

    private static Dictionary<string, Stamp> Read(BinaryReader reader)
    {
        var count = reader.ReadCount();
        var stamps = new Dictionary<string, Stamp>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var path = reader.ReadString();
            var length = reader.ReadInt64();
            var written = reader.ReadInt64();
            var digest = reader.ReadBytes(SHA256.HashSizeInBytes);
            if (digest.Length != SHA256.HashSizeInBytes)
            {
                throw new EndOfStreamException();
            }

            stamps[path] = new Stamp(length, written, digest);
        }

        return stamps;
    }

    private sealed record Stamp(long Length, long WrittenTicks, byte[] Digest);
}
