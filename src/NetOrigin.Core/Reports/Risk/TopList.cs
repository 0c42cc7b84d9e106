namespace NetOrigin.Reports.Risk;

/// <summary>The <c>capacity</c> largest items seen by a key, best first; ties keep the earlier item.</summary>
internal sealed class TopList<T>(int capacity, Func<T, decimal> key)
{
    private readonly List<T> _items = new(capacity + 1);

    public IReadOnlyList<T> Items => _items;

    public void Offer(T item)
    {
        var value = key(item);
        if (_items.Count == capacity && value <= key(_items[^1]))
        {
            return;
        }

        var at = _items.FindIndex(i => value > key(i));
        _items.Insert(at < 0 ? _items.Count : at, item);
        if (_items.Count > capacity)
        {
            _items.RemoveAt(_items.Count - 1);
        }
    }
}
