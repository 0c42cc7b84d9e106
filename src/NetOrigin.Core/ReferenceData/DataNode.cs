namespace NetOrigin.ReferenceData;

/// <summary>
/// One node of a parsed data file, with the line it starts on: what <see cref="YamlNodeReader"/> reads, whether it
/// came from the YAML text or from the file's compiled image (<see cref="DataDocumentImage"/>).
/// </summary>
internal abstract class DataNode(long line)
{
    public long Line { get; } = line;
}

/// <summary>
/// A single value; <see cref="Plain"/> when written without quotes or block style (only then can it mean null);
/// <see cref="Tagged"/> when the file gave it an explicit tag (such a key is not found by its text, as in the YAML model).
/// </summary>
internal sealed class DataScalar(string? value, bool plain, bool tagged, long line) : DataNode(line)
{
    public string? Value { get; } = value;

    public bool Plain { get; } = plain;

    public bool Tagged { get; } = tagged;

    /// <summary>An empty, "~" or "null" plain value: the key is as good as absent.</summary>
    public bool IsNull => Plain && Value is null or "" or "~" or "null";
}

internal sealed class DataSequence(IReadOnlyList<DataNode> items, long line) : DataNode(line)
{
    public IReadOnlyList<DataNode> Items { get; } = items;
}

/// <summary>
/// A mapping in file order. Only untagged text keys can be asked for by name; other keys are still listed (and
/// rejected as unknown when they have a text).
/// </summary>
internal sealed class DataMapping : DataNode
{
    private readonly Dictionary<string, DataNode> _byKey;

    public DataMapping(IReadOnlyList<(DataNode Key, DataNode Value)> entries, long line)
        : base(line)
    {
        Entries = entries;
        _byKey = new Dictionary<string, DataNode>(entries.Count, StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            if (key is DataScalar { Value: { } name, Tagged: false })
            {
                _byKey.TryAdd(name, value);
            }
        }
    }

    public IReadOnlyList<(DataNode Key, DataNode Value)> Entries { get; }

    public DataNode? this[string key] => _byKey.GetValueOrDefault(key);
}
