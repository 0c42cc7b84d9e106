using System.Collections.Concurrent;

namespace NetOrigin.Caching;

/// <summary>
/// A cache that many threads may share and that never holds more than <see cref="Capacity"/> entries: once full,
/// answers are still computed but no longer kept, so a long-lived host or a hostile input cannot grow it. A key
/// must hold everything the value depends on; values must be immutable.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);

    public int Capacity { get; } = capacity;

    public int Count => _entries.Count;

    public TValue GetOrAdd<TArg>(TKey key, Func<TKey, TArg, TValue> create, TArg argument)
    {
        if (_entries.TryGetValue(key, out var value))
        {
            return value;
        }

        value = create(key, argument);
        return _entries.Count < Capacity ? _entries.GetOrAdd(key, value) : value;
    }

    public bool TryGetValue(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>Keeps <paramref name="value"/> unless the cache is full or holds the key; returns the kept value.</summary>
    public TValue Add(TKey key, TValue value) => _entries.Count < Capacity ? _entries.GetOrAdd(key, value) : value;
}
