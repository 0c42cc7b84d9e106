using System.Collections.Concurrent;
using System.Text.Json;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Assessment;

/// <summary>
/// Reads stored evidence pieces, keeping the most used in memory (bounded): pages of findings share most of
/// theirs, so a page costs a few look-ups, not one per step.
/// </summary>
public sealed class EvidenceBlobs
{
    private const int MaxCached = 100_000;
    private readonly ConcurrentDictionary<(long, UInt128), byte[]> _cache = new();
    private readonly ConcurrentDictionary<(long, UInt128), JsonElement> _parsed = new();

    /// <summary>Makes sure every piece in <paramref name="hashes"/> is in memory.</summary>
    public async Task LoadAsync(DbSession session, long tenantId, IEnumerable<byte[]> hashes)
    {
        var missing = hashes.Where(h => !_cache.ContainsKey((tenantId, Key(h)))).DistinctBy(Key).ToList();
        foreach (var chunk in missing.Chunk(200))
        {
            var names = chunk.Select((_, i) => $"@h{i}").ToArray();
            (string, object?)[] parameters = [("tenant", tenantId), .. chunk.Select((h, i) => ($"h{i}", (object?)h))];
            var rows = await session.QueryAsync(
                $"SELECT hash, body FROM evidence_blobs WHERE tenant_id = @tenant AND hash IN ({string.Join(", ", names)})",
                r => (r.GetFieldValue<byte[]>(0), r.GetFieldValue<byte[]>(1)),
                parameters);
            foreach (var (hash, body) in rows)
            {
                Remember(tenantId, hash, body);
            }
        }
    }

    public byte[] Get(long tenantId, byte[] hash) =>
        _cache.TryGetValue((tenantId, Key(hash)), out var body) ? body : throw new InvalidDataException($"stored evidence {Convert.ToHexStringLower(hash)} is missing");

    /// <summary>A piece parsed once (the manufacturer part of findings, which writers copy property by property).</summary>
    public JsonElement Parsed(long tenantId, byte[] hash)
    {
        var key = (tenantId, Key(hash));
        if (_parsed.TryGetValue(key, out var element))
        {
            return element;
        }

        using var document = JsonDocument.Parse(Get(tenantId, hash));
        element = document.RootElement.Clone();
        if (_parsed.Count < MaxCached)
        {
            _parsed[key] = element;
        }

        return element;
    }

    private void Remember(long tenantId, byte[] hash, byte[] body)
    {
        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        _cache[(tenantId, Key(hash))] = body;
    }

    private static UInt128 Key(byte[] hash) => new(BitConverter.ToUInt64(hash, 8), BitConverter.ToUInt64(hash, 0));
}
