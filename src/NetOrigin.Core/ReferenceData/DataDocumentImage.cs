using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetOrigin.ReferenceData;

/// <summary>
/// A parsed data file compiled to a binary image (framed as every <see cref="CompiledImage"/>), keyed by the
/// SHA-256 of the file's bytes: a run that finds it builds the same node tree without running the YAML parser.
/// The loaders read that tree through <see cref="YamlNodeReader"/> either way, so they check and answer the same.
/// </summary>
internal static class DataDocumentImage
{
    private const string Magic = "NetOrigin data document image";

    /// <summary>Raised whenever the layout below (or how a YAML document becomes nodes) changes.</summary>
    private const int FormatVersion = 1;

    private const byte ScalarTag = 1;
    private const byte SequenceTag = 2;
    private const byte MappingTag = 3;

    /// <summary>Nodes nest no deeper than the YAML parser allows; a deeper image is damaged.</summary>
    private const int MaxDepth = BoundedYamlParser.MaxDepth + 2;

    /// <summary>The key of the image of a file whose bytes have the SHA-256 <paramref name="digest"/>.</summary>
    public static string KeyOf(ReadOnlySpan<byte> digest) => "document-" + Convert.ToHexStringLower(digest) + "-" + FormatVersion;

    public static byte[] Write(string key, DataMapping root) => CompiledImage.Write(Magic, FormatVersion, key, writer => Write(writer, root));

    public static DataMapping? TryRead(byte[] image, string key) =>
        CompiledImage.TryRead(image, Magic, FormatVersion, key, reader => Read(reader, 0), out var root) && root is DataMapping mapping ? mapping : null;

    /// <summary>The tree of a document the YAML library has loaded (an alias becomes a copy of the node it names).</summary>
    public static DataNode FromYaml(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new DataScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, !scalar.Tag.IsEmpty, scalar.Start.Line),
        YamlSequenceNode sequence => new DataSequence(sequence.Children.Select(FromYaml).ToList(), sequence.Start.Line),
        YamlMappingNode mapping => new DataMapping(mapping.Children.Select(p => (FromYaml(p.Key), FromYaml(p.Value))).ToList(), mapping.Start.Line),
        _ => throw new ReferenceDataException($"{node.Start.Line}: a YAML node of an unknown kind"),
    };

    private static void Write(BinaryWriter writer, DataNode node)
    {
        writer.Write(node.Line);
        switch (node)
        {
            case DataScalar scalar:
                writer.Write(ScalarTag);
                writer.WriteNullable(scalar.Value);
                writer.Write((byte)((scalar.Plain ? 1 : 0) | (scalar.Tagged ? 2 : 0)));
                break;
            case DataSequence sequence:
                writer.Write(SequenceTag);
                writer.Write(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    Write(writer, item);
                }

                break;
            case DataMapping mapping:
                writer.Write(MappingTag);
                writer.Write(mapping.Entries.Count);
                foreach (var (key, value) in mapping.Entries)
                {
                    Write(writer, key);
                    Write(writer, value);
                }

                break;
            default:
                throw new InvalidOperationException($"a data node of an unknown kind: {node.GetType().Name}");
        }
    }

    private static DataNode Read(BinaryReader reader, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidDataException("nested deeper than any data file");
        }

        var line = reader.ReadInt64();
        switch (reader.ReadByte())
        {
            case ScalarTag:
                var value = reader.ReadNullableString();
                var flags = reader.ReadByte();
                return new DataScalar(value, (flags & 1) != 0, (flags & 2) != 0, line);
            case SequenceTag:
                var items = new DataNode[reader.ReadCount()];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Read(reader, depth + 1);
                }

                return new DataSequence(items, line);
            case MappingTag:
                var entries = new (DataNode, DataNode)[reader.ReadCount()];
                for (var i = 0; i < entries.Length; i++)
                {
                    entries[i] = (Read(reader, depth + 1), Read(reader, depth + 1));
                }

                return new DataMapping(entries, line);
            default:
                throw new InvalidDataException("not a data node");
        }
    }
}
