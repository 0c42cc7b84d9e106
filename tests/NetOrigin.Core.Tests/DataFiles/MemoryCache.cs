using NetOrigin.ReferenceData;

namespace NetOrigin.Tests.DataFiles;

/// <summary>A cache of compiled images in memory that counts what it stores, by kind, and can be handed damaged bytes.</summary>
internal sealed class MemoryCache : IReferenceDataCache
{
    private readonly Dictionary<string, int> _stores = new(StringComparer.Ordinal);

    public Dictionary<string, byte[]> Images { get; } = new(StringComparer.Ordinal);

    /// <summary>How many images whose key starts with <paramref name="kind"/> ("registries", "fingerprints", "document") were stored.</summary>
    public int Stores(string kind) => _stores.Where(p => p.Key.StartsWith(kind + "-", StringComparison.Ordinal)).Sum(p => p.Value);

    public IEnumerable<string> Keys(string kind) => Images.Keys.Where(k => k.StartsWith(kind + "-", StringComparison.Ordinal));

    /// <summary>A cache holding the same images, as the next process finds them.</summary>
    public MemoryCache NextRun()
    {
        var next = new MemoryCache();
        foreach (var (key, image) in Images)
        {
            next.Images[key] = image;
        }

        return next;
    }

    public byte[]? Read(string key) => Images.GetValueOrDefault(key);

    public void Store(string key, ReadOnlySpan<byte> image)
    {
        _stores[key] = _stores.GetValueOrDefault(key) + 1;
        Images[key] = image.ToArray();
    }

    /// <summary>The image under <paramref name="key"/> cut short, with one bit flipped, or emptied.</summary>
    public void Damage(string key, string how)
    {
        var image = Images[key];
        Images[key] = how switch
        {
            "truncated" => image[..(image.Length / 2)],
            "flipped" => [.. image[..(image.Length / 2)], (byte)(image[image.Length / 2] ^ 0x10), .. image[((image.Length / 2) + 1)..]],
            _ => [],
        };
    }
}
