using System.Buffers;
using System.Text;
using NetOrigin.Inventory;

namespace NetOrigin.Storage.Inventory;

/// <summary>
/// An asset as compact bytes, and back through <see cref="AssetFactory"/>, the one way from values to an asset, so
/// a stored asset is re-assessed exactly as it was read. Each entry is a tag and length-prefixed UTF-8 texts: a
/// field's value (tag = the field's number), and — what a field value alone cannot say — each observed identifier
/// in order with where it was read, each note on how the record was read, each field's origin, and the object
/// within the source the record came from. Blobs written before identifiers were stored hold field values only and
/// still decode (to the asset without its identifiers).
/// </summary>
public static class AssetCodec
{
    private const byte Identifier = 0xF0;
    private const byte IdentifierWithOrigin = 0xF1;
    private const byte InputNote = 0xF2;
    private const byte Origin = 0xF3;
    private const byte Locator = 0xF4;

    // One buffer per thread, reused: a job encodes a million assets, and only the result needs to be new.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static byte[] Encode(Asset asset)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        Span<bool> written = stackalloc bool[FieldCatalog.FieldCount];
        foreach (var (field, value) in AssetValues.Of(asset))
        {
            // The factory keeps a field's first value, so only the first is stored.
            var i = (int)field;
            if (!written[i])
            {
                written[i] = true;
                WriteByte(buffer, (byte)i);
                WriteText(buffer, value);
            }
        }

        foreach (var (field, identifier) in AssetValues.Identifiers(asset))
        {
            WriteByte(buffer, identifier.Origin is null ? Identifier : IdentifierWithOrigin);
            WriteByte(buffer, (byte)field);
            WriteText(buffer, identifier.Value);
            if (identifier.Origin is { } origin)
            {
                WriteText(buffer, origin);
            }
        }

        foreach (var note in asset.InputNotes)
        {
            WriteByte(buffer, InputNote);
            WriteText(buffer, note);
        }

        foreach (var origin in asset.Origins)
        {
            WriteByte(buffer, Origin);
            WriteByte(buffer, (byte)origin.Field);
            WriteText(buffer, origin.Origin);
        }

        if (asset.Source.Locator is { } locator)
        {
            WriteByte(buffer, Locator);
            WriteText(buffer, locator);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The field values, each identifier's field holding its first value; a blob not written by
    /// <see cref="Encode"/> throws <see cref="InvalidDataException"/>.
    /// </summary>
    public static AssetFields DecodeFields(ReadOnlySpan<byte> data)
    {
        var stored = Read(data);
        var fields = new AssetFields();
        for (var i = 0; i < stored.Values.Length; i++)
        {
            fields.Set((InventoryField)i, stored.Values[i]);
        }

        foreach (var identifier in stored.Identifiers)
        {
            fields.Set(FieldCatalog.FieldOf(identifier.Kind), identifier.Value);
        }

        return fields;
    }

    /// <summary>The stored asset, as read from <paramref name="file"/> at <paramref name="line"/>.</summary>
    public static Asset Decode(ReadOnlySpan<byte> data, string file, long line)
    {
        var stored = Read(data);
        var source = new SourceLocation(file, line) { Locator = stored.Locator };
        return AssetFactory.TryRestore(stored.Values, stored.Origins, stored.Identifiers, stored.Notes, source, out var asset, out var reason)
            ? asset
            : throw new InvalidDataException($"{file}:{line}: stored asset no longer makes an asset: {reason}");
    }

    private sealed record Stored(string?[] Values, string?[]? Origins, List<Identifier> Identifiers, List<string> Notes, string? Locator);

    private static Stored Read(ReadOnlySpan<byte> data)
    {
        var values = new string?[FieldCatalog.FieldCount];
        string?[]? origins = null;
        var identifiers = new List<Identifier>();
        var notes = new List<string>();
        string? locator = null;
        var position = 0;
        while (position < data.Length)
        {
            var tag = data[position++];
            switch (tag)
            {
                case Identifier or IdentifierWithOrigin:
                    var field = ReadField(data, ref position);
                    var kind = FieldCatalog.IdentifierKindOf(field) ?? throw new InvalidDataException($"stored asset names field {field} as an identifier");
                    var value = ReadText(data, ref position);
                    identifiers.Add(new Identifier(kind, value) { Origin = tag == IdentifierWithOrigin ? ReadText(data, ref position) : null });
                    break;
                case InputNote:
                    notes.Add(ReadText(data, ref position));
                    break;
                case Origin:
                    var of = ReadField(data, ref position);
                    var read = ReadText(data, ref position);
                    (origins ??= new string?[FieldCatalog.FieldCount])[(int)of] ??= read;
                    break;
                case Locator:
                    locator = ReadText(data, ref position);
                    break;
                default:
                    position--;
                    var i = (int)ReadField(data, ref position);
                    var text = ReadText(data, ref position);
                    values[i] ??= text;
                    break;
            }
        }

        return new Stored(values, origins, identifiers, notes, locator);
    }

    private static InventoryField ReadField(ReadOnlySpan<byte> data, ref int position)
    {
        if (position >= data.Length)
        {
            throw new InvalidDataException("stored asset is truncated");
        }

        var field = data[position++];
        return field < FieldCatalog.FieldCount ? (InventoryField)field : throw new InvalidDataException($"stored asset names field {field}, which does not exist");
    }

    private static void WriteByte(ArrayBufferWriter<byte> buffer, byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }

    private static void WriteText(ArrayBufferWriter<byte> buffer, string value)
    {
        var span = buffer.GetSpan(5 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var count = (uint)Encoding.UTF8.GetBytes(value, span[5..]);
        var n = 0;
        var remaining = count;
        do
        {
            remaining >>= 7;
            n++;
        }
        while (remaining != 0);

        // The length goes first: move the text up against it.
        span.Slice(5, (int)count).CopyTo(span[n..]);
        remaining = count;
        for (var i = 0; i < n; i++)
        {
            var b = (byte)(remaining & 0x7F);
            remaining >>= 7;
            span[i] = remaining == 0 ? b : (byte)(b | 0x80);
        }

        buffer.Advance(n + (int)count);
    }

    private static string ReadText(ReadOnlySpan<byte> data, ref int position)
    {
        var length = 0;
        var shift = 0;
        byte b;
        do
        {
            if (position >= data.Length || shift > 28)
            {
                throw new InvalidDataException("stored asset is truncated");
            }

            b = data[position++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        if (length < 0 || position + length > data.Length)
        {
            throw new InvalidDataException("stored asset is truncated");
        }

        var text = Encoding.UTF8.GetString(data.Slice(position, length));
        position += length;
        return text;
    }
}
