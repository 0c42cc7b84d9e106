using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetOrigin.ReferenceData;

/// <summary>
/// Typed access to one YAML mapping with errors that name file and line. Reference data is read through this
/// rather than a reflection deserializer so every error can point at the offending line.
/// </summary>
public sealed class YamlNodeReader
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private YamlNodeReader(YamlMappingNode node, string file)
    {
        _node = node;
        File = file;
    }

    public string File { get; }
    public long Line => _node.Start.Line;
    public string Where => $"{File}:{Line}";

    /// <summary>Loads a file whose root is a mapping. YAML has no DTDs or external entities to resolve.</summary>
    public static YamlNodeReader LoadFile(string path)
    {
        const long MaxBytes = 16L << 20;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ReferenceDataException($"{path}: no such file");
        }

        if (info.Length > MaxBytes)
        {
            throw new ReferenceDataException($"{path}: larger than {MaxBytes >> 20} MiB");
        }

        using var reader = new StreamReader(path);
        return Load(reader, path);
    }

    /// <summary>
    /// Parses a document within <see cref="BoundedYamlParser"/>'s bounds. Malformed text is an error naming the file
    /// and line, whichever way the YAML library reports it (it throws more than <see cref="YamlException"/>).
    /// </summary>
    public static YamlNodeReader Load(TextReader reader, string name)
    {
        var stream = new YamlStream();
        var parser = new BoundedYamlParser(reader, name);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            throw new ReferenceDataException($"{name}:{Math.Max(ex.Start.Line, 1)}: not valid YAML: {ex.Message}");
        }
        catch (InvalidOperationException)
        {
            throw new ReferenceDataException($"{name}:{parser.ScannedLine}: not valid YAML: the text here cannot be scanned");
        }
        catch (ArgumentException)
        {
            throw new ReferenceDataException($"{name}:{parser.NodeLine}: not valid YAML: a node here has no valid form (an empty key, or a key or value missing)");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ReferenceDataException($"{name}:1: expected a mapping at the top of the file");
        }

        return new YamlNodeReader(root, name);
    }

    public ReferenceDataException Error(string message) => new($"{Where}: {message}");

    public string? OptionalString(string key)
    {
        _read.Add(key);
        if (!_node.Children.TryGetValue(new YamlScalarNode(key), out var value) || IsNull(value))
        {
            return null;
        }

        if (value is not YamlScalarNode scalar)
        {
            throw new ReferenceDataException($"{File}:{value.Start.Line}: '{key}' must be a single value");
        }

        var text = scalar.Value?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public string RequiredString(string key) =>
        OptionalString(key) ?? throw Error($"'{key}' is required");

    public bool OptionalBool(string key, bool fallback = false)
    {
        var text = OptionalString(key);
        return text switch
        {
            null => fallback,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw Error($"'{key}' must be true or false, not '{text}'"),
        };
    }

    public decimal? OptionalDecimal(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw Error($"'{key}' must be a number, not '{text}'");
    }

    public DateOnly? OptionalDate(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Error($"'{key}' must be a date YYYY-MM-DD, not '{text}'");
    }

    public IReadOnlyList<string> StringList(string key)
    {
        _read.Add(key);
        if (!_node.Children.TryGetValue(new YamlScalarNode(key), out var value) || IsNull(value))
        {
            return [];
        }

        if (value is YamlScalarNode single)
        {
            return string.IsNullOrWhiteSpace(single.Value) ? [] : [single.Value.Trim()];
        }

        if (value is not YamlSequenceNode sequence)
        {
            throw new ReferenceDataException($"{File}:{value.Start.Line}: '{key}' must be a list");
        }

        var list = new List<string>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode scalar || string.IsNullOrWhiteSpace(scalar.Value))
            {
                throw new ReferenceDataException($"{File}:{item.Start.Line}: items of '{key}' must be single values");
            }

            list.Add(scalar.Value.Trim());
        }

        return list;
    }

    /// <summary>The mappings of a list under <paramref name="key"/>.</summary>
    public IReadOnlyList<YamlNodeReader> Mappings(string key)
    {
        _read.Add(key);
        if (!_node.Children.TryGetValue(new YamlScalarNode(key), out var value) || IsNull(value))
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            throw new ReferenceDataException($"{File}:{value.Start.Line}: '{key}' must be a list");
        }

        return sequence.Children.Select(item => item is YamlMappingNode mapping
                ? new YamlNodeReader(mapping, File)
                : throw new ReferenceDataException($"{File}:{item.Start.Line}: items of '{key}' must be mappings"))
            .ToList();
    }

    /// <summary>The mapping under <paramref name="key"/>, if present.</summary>
    public YamlNodeReader? Mapping(string key)
    {
        _read.Add(key);
        if (!_node.Children.TryGetValue(new YamlScalarNode(key), out var value) || IsNull(value))
        {
            return null;
        }

        return value is YamlMappingNode mapping
            ? new YamlNodeReader(mapping, File)
            : throw new ReferenceDataException($"{File}:{value.Start.Line}: '{key}' must be a mapping");
    }

    /// <summary>The keys of this mapping with the line each is on, in file order; each counts as read.</summary>
    public IReadOnlyList<(string Key, long Line)> Keys()
    {
        var keys = new List<(string, long)>(_node.Children.Count);
        foreach (var key in _node.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                _read.Add(name);
                keys.Add((name, key.Start.Line));
            }
        }

        return keys;
    }

    /// <summary>Rejects keys nobody read, so a misspelt key is an error rather than a silently ignored rule.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var key in _node.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !_read.Contains(name))
            {
                throw new ReferenceDataException($"{File}:{key.Start.Line}: unknown key '{name}'");
            }
        }
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
