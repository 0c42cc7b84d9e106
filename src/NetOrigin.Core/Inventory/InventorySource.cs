using System.Text;
using NetOrigin.Inventory.Formats.CycloneDx;
using NetOrigin.Inventory.Formats.Nmap;

namespace NetOrigin.Inventory;

/// <summary>Opens an inventory file in whichever of the v1 formats it is written.</summary>
public static class InventorySource
{
    /// <summary>
    /// Opens <paramref name="path"/>, choosing the format by extension or content. "-" reads the stream
    /// <paramref name="standardInput"/> opens: the host's standard input, which the engine never reaches for itself.
    /// </summary>
    public static IInventoryReader Open(string path, InventoryFormat? format = null, Func<Stream>? standardInput = null)
    {
        if (path == "-")
        {
            return Open(standardInput?.Invoke() ?? throw new InventoryFormatException("-: standard input is not available here; give an inventory file"), "<stdin>", format);
        }

        if (!File.Exists(path))
        {
            throw new InventoryFormatException(Directory.Exists(path) ? $"{path}: is a directory, not an inventory file" : $"{path}: no such file");
        }

        var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
        return Open(stream, path, format);
    }

    /// <summary>
    /// Reads an inventory from the bytes of <paramref name="stream"/>: UTF-8 unless a byte-order mark says UTF-16 or
    /// UTF-32; bytes that are not valid text become U+FFFD. <paramref name="name"/> is used in messages, and its
    /// extension chooses the format when <paramref name="format"/> is not given.
    /// </summary>
    public static IInventoryReader Open(Stream stream, string name, InventoryFormat? format = null) =>
        Open(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), name, format ?? FormatFromExtension(name));

    /// <summary>Reads an inventory from <paramref name="reader"/>; <paramref name="name"/> is used in messages.</summary>
    public static IInventoryReader Open(TextReader reader, string name, InventoryFormat? format = null)
    {
        try
        {
            if (format is null)
            {
                (reader, format) = Sniff(reader, name);
            }

            return format switch
            {
                InventoryFormat.JsonLines => new JsonLinesInventoryReader(reader, name),
                InventoryFormat.NmapXml => new NmapXmlReader(reader, name),
                InventoryFormat.CycloneDxJson => new CycloneDxJsonReader(reader, name),
                InventoryFormat.CycloneDxXml => new CycloneDxXmlReader(reader, name),
                InventoryFormat.Tsv => new DelimitedInventoryReader(reader, name, '\t'),
                _ => new DelimitedInventoryReader(reader, name, ','),
            };
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The format a file name states. XML and plain JSON files are told apart by their content (an Nmap scan and a
    /// CycloneDX BOM are both .xml; a .json file may be a BOM), so those extensions state nothing.
    /// </summary>
    private static InventoryFormat? FormatFromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => InventoryFormat.Csv,
        ".tsv" or ".tab" => InventoryFormat.Tsv,
        ".jsonl" or ".ndjson" => InventoryFormat.JsonLines,
        _ => null,
    };

    /// <summary>
    /// Looks at the start: XML is an Nmap scan (&lt;nmaprun&gt;) or a CycloneDX BOM (&lt;bom&gt;); a JSON object
    /// naming <c>"bomFormat"</c> is a CycloneDX BOM; otherwise a '{' on the first line means JSON Lines, a tab means
    /// TSV, anything else CSV.
    /// </summary>
    private static (TextReader, InventoryFormat) Sniff(TextReader reader, string name)
    {
        var head = new char[4096];
        var n = reader.ReadBlock(head, 0, head.Length);
        var text = new string(head, 0, n);
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith('<'))
        {
            var xml = start.Contains("<nmaprun", StringComparison.Ordinal) ? InventoryFormat.NmapXml
                : start.Contains("<bom", StringComparison.Ordinal) ? InventoryFormat.CycloneDxXml
                : throw new InventoryFormatException($"{name}: an XML file that is neither Nmap output (<nmaprun>) nor a CycloneDX BOM (<bom>)");
            return (new PrefixedTextReader(text, reader), xml);
        }

        if (start.StartsWith('{') && start.Contains("\"bomFormat\"", StringComparison.Ordinal))
        {
            return (new PrefixedTextReader(text, reader), InventoryFormat.CycloneDxJson);
        }

        var firstLine = start.Split('\n', 2)[0];
        var format = firstLine.StartsWith('{') ? InventoryFormat.JsonLines
            : firstLine.Contains('\t') ? InventoryFormat.Tsv
            : InventoryFormat.Csv;
        return (new PrefixedTextReader(text, reader), format);
    }

    /// <summary>Replays the sniffed prefix, then continues with the underlying reader.</summary>
    private sealed class PrefixedTextReader(string prefix, TextReader rest) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(count, prefix.Length - _position);
                prefix.CopyTo(_position, buffer, index, n);
                _position += n;
                return n;
            }

            return rest.Read(buffer, index, count);
        }

        public override int Read() => _position < prefix.Length ? prefix[_position++] : rest.Read();

        public override int Peek() => _position < prefix.Length ? prefix[_position] : rest.Peek();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
