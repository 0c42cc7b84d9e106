using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NetOrigin.ReferenceData;

/// <summary>
/// The YAML parser with the bounds a data file must keep, checked as events stream past, before the document is
/// built: nesting depth (the document model is built recursively, so unbounded depth would overflow the stack) and
/// how much aliases add when expanded (an alias re-reads its anchored node, so a few bytes can stand for gigabytes:
/// "billion laughs"). Sizes are counted as characters of scalars plus one per node.
/// </summary>
internal sealed class BoundedYamlParser : IParser
{
    /// <summary>Data files nest a handful of levels; anything this deep is not one.</summary>
    public const int MaxDepth = 64;

    /// <summary>At most this much (characters of scalars plus one per node) may be added by expanding aliases.</summary>
    public const long MaxAliasExpansion = 1L << 20;

    private readonly Scanner _scanner;
    private readonly Parser _parser;
    private readonly string _file;
    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long StartSize)> _open = new();
    private long _size;
    private long _aliasExpansion;

    public BoundedYamlParser(TextReader reader, string file)
    {
        _scanner = new Scanner(reader);
        _parser = new Parser(_scanner);
        _file = file;
    }

    public ParsingEvent? Current => _parser.Current;

    /// <summary>The line the scanner has reached, for text errors the YAML library reports without a position.</summary>
    public long ScannedLine => Math.Max(_scanner.CurrentPosition.Line, 1);

    /// <summary>The line of the last node read, for structure errors the YAML library reports without a position.</summary>
    public long NodeLine { get; private set; } = 1;

    public bool MoveNext()
    {
        if (!_parser.MoveNext())
        {
            return false;
        }

        if (_parser.Current is NodeEvent { Start.Line: > 0 } current)
        {
            NodeLine = current.Start.Line;
        }

        switch (_parser.Current)
        {
            case Scalar scalar:
                var scalarSize = 1L + scalar.Value.Length;
                _size += scalarSize;
                Remember(scalar.Anchor, scalarSize);
                break;
            case SequenceStart or MappingStart:
                var node = (NodeEvent)_parser.Current;
                if (_open.Count >= MaxDepth)
                {
                    throw new ReferenceDataException($"{_file}:{node.Start.Line}: nested more than {MaxDepth} levels deep; not a data file");
                }

                _size++;
                _open.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, _size));
                break;
            case SequenceEnd or MappingEnd when _open.Count > 0:
                var (anchor, start) = _open.Pop();
                if (anchor is not null)
                {
                    _anchorSizes[anchor] = _size - start + 1;
                }

                break;
            case AnchorAlias alias:
                // An alias inside the node it names would make the document infinite (and sends the YAML
                // library's node comparison into endless recursion); one naming no earlier anchor has no value.
                if (_open.Any(o => o.Anchor == alias.Value.Value))
                {
                    throw new ReferenceDataException($"{_file}:{alias.Start.Line}: not valid YAML for a data file: alias *{alias.Value.Value} is inside the node it names (the document would contain itself)");
                }

                if (!_anchorSizes.TryGetValue(alias.Value.Value, out var aliasSize))
                {
                    throw new ReferenceDataException($"{_file}:{alias.Start.Line}: not valid YAML: alias *{alias.Value.Value} names no anchor defined before it");
                }

                _aliasExpansion += aliasSize;
                _size += aliasSize;
                if (_aliasExpansion > MaxAliasExpansion)
                {
                    throw new ReferenceDataException(
                        $"{_file}:{alias.Start.Line}: aliases (*{alias.Value.Value}) expand the file by more than {MaxAliasExpansion >> 20} MiB; write the values out instead of repeating anchors");
                }

                break;
            case DocumentStart:
                _anchorSizes.Clear();
                break;
            default:
                break;
        }

        return true;
    }

    private void Remember(AnchorName anchor, long size)
    {
        if (!anchor.IsEmpty)
        {
            _anchorSizes[anchor.Value] = size;
        }
    }
}
