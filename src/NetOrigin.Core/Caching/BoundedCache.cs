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

    /// <summary>
    /// Entries kept or being kept. Counted here because <see cref="ConcurrentDictionary{TKey, TValue}.Count"/>
    /// takes every lock of the table, which on a full cache would be paid on every miss.
    /// </summary>
    private int _reserved;

    public int Capacity { get; } = capacity;

    public int Count => _entries.Count;

    public TValue GetOrAdd<TArg>(TKey key, Func<TKey, TArg, TValue> create, TArg argument) =>
        _entries.TryGetValue(key, out var value) ? value : Add(key, create(key, argument));

    public bool TryGetValue(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>Keeps <paramref name="value"/> unless the cache is full or holds the key; returns the kept value.</summary>
    public TValue Add(TKey key, TValue value)
    {
        if (Volatile.Read(ref _reserved) >= Capacity || Interlocked.Increment(ref _reserved) > Capacity)
        {
            return value;
        }

        if (_entries.TryAdd(key, value))
        {
            return value;
        }

        Interlocked.Decrement(ref _reserved);
        return _entries.TryGetValue(key, out var kept) ? kept : value;
    }
}
