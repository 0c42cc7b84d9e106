using System.Text;
using NetOrigin.Inventory;

namespace NetOrigin.Storage.Inventory;

/// <summary>
/// An asset's field values as compact bytes (for each field given: its number, the length, the UTF-8 text), and
/// back through <see cref="AssetFactory"/>, the one way from values to an asset: a stored asset is re-assessed
/// exactly as it was read.
/// </summary>
public static class AssetCodec
{
    public static byte[] Encode(Asset asset)
    {
        var buffer = new MemoryStream(256);
        Span<byte> length = stackalloc byte[5];
        var written = new bool[FieldCatalog.FieldCount];
        foreach (var (field, value) in AssetValues.Of(asset))
        {
            // The factory keeps a field's first value, so only the first is stored.
            var i = (int)field;
            if (written[i])
            {
                continue;
            }

            written[i] = true;

            var bytes = Encoding.UTF8.GetBytes(value);
            buffer.WriteByte((byte)i);
            var n = 0;
            var remaining = (uint)bytes.Length;
            do
            {
                var b = (byte)(remaining & 0x7F);
                remaining >>= 7;
                length[n++] = remaining == 0 ? b : (byte)(b | 0x80);
            }
            while (remaining != 0);

            buffer.Write(length[..n]);
            buffer.Write(bytes);
        }

        return buffer.ToArray();
    }

    /// <summary>The field values; a blob not written by <see cref="Encode"/> throws <see cref="InvalidDataException"/>.</summary>
    public static AssetFields DecodeFields(ReadOnlySpan<byte> data)
    {
        var fields = new AssetFields();
        var position = 0;
        while (position < data.Length)
        {
            var field = data[position++];
            if (field >= FieldCatalog.FieldCount)
            {
                throw new InvalidDataException($"stored asset names field {field}, which does not exist");
            }

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

            fields.Set((InventoryField)field, Encoding.UTF8.GetString(data.Slice(position, length)));
            position += length;
        }

        return fields;
    }

    /// <summary>The stored asset, as read from <paramref name="file"/> at <paramref name="line"/>.</summary>
    public static Asset Decode(ReadOnlySpan<byte> data, string file, long line) =>
        AssetFactory.TryCreate(DecodeFields(data), new SourceLocation(file, line), out var asset, out var reason)
            ? asset
            : throw new InvalidDataException($"{file}:{line}: stored asset no longer makes an asset: {reason}");
}
