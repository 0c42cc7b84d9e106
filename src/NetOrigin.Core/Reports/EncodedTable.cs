using System.Buffers;
using System.Text;
using System.Text.Json;

namespace NetOrigin.Reports;

/// <summary>
/// Objects that many findings share (evidence steps, owner chains), each encoded to JSON once and given an id: the
/// same object is found by reference, an equal one made elsewhere by its JSON, so every distinct one is listed once.
/// Bounded: past <see cref="Capacity"/> entries a report writes further objects where they are used, and past
/// <see cref="Capacity"/> objects known by reference further ones are found by their JSON.
/// </summary>
internal sealed class EncodedTable<T>(string prefix, JsonWriterOptions options, Action<Utf8JsonWriter, T> write, int capacity = 200_000)
    where T : class
{
    private readonly Dictionary<T, Entry> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Entry> _byContent = new(StringComparer.Ordinal);
    private readonly List<Entry> _entries = [];
    private readonly ArrayBufferWriter<byte> _buffer = new(512);

    public int Capacity { get; } = capacity;

    public IReadOnlyList<Entry> Entries => _entries;

    /// <summary>The encoded JSON of <paramref name="item"/>, made once.</summary>
    public byte[] Json(T item) => Find(item)?.Json ?? Encode(item);

    /// <summary>The entry of <paramref name="item"/> (added if new), or null when the table is full and it is not in it.</summary>
    public Entry? Find(T item)
    {
        if (_byReference.TryGetValue(item, out var entry))
        {
            return entry;
        }

        if (_entries.Count >= Capacity)
        {
            return null;
        }

        var json = Encode(item);
        var content = Encoding.UTF8.GetString(json);
        if (!_byContent.TryGetValue(content, out entry))
        {
            var id = prefix + (_entries.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            entry = new Entry(id, JsonEncodedText.Encode(id), Encoding.UTF8.GetBytes($"\"{id}\""), json);
            _entries.Add(entry);
            _byContent[content] = entry;
        }

        // Equal objects made apart all find the entry by content; remembering each of them is bounded too.
        if (_byReference.Count < Capacity)
        {
            _byReference[item] = entry;
        }

        return entry;
    }

    private byte[] Encode(T item)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, options))
        {
            write(writer, item);
        }

        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>An id, its JSON string (the reference findings write) and the object's JSON.</summary>
    internal sealed record Entry(string Id, JsonEncodedText Name, byte[] Reference, byte[] Json);
}
