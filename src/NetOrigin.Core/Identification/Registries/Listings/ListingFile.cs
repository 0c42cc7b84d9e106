using System.Globalization;
using System.Text;

namespace NetOrigin.Identification.Registries.Listings;

/// <summary>
/// Reads an input listing whole, within a size bound, as strict UTF-8; and words errors as "file:line: message".
/// The largest official listing (IEEE oui.csv) is a few MiB; the bound keeps a wrong file from exhausting memory.
/// </summary>
internal static class ListingFile
{
    public const long MaxBytes = 64L << 20;

    /// <summary>The longest organisation name accepted; real ones stay under a few hundred characters.</summary>
    public const int MaxNameChars = 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] ReadBytes(string path)
    {
        using var stream = File.OpenRead(path);
        if (stream.Length > MaxBytes)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: {stream.Length} bytes is more than the {MaxBytes >> 20} MiB a registry listing may have; is this the right file?"));
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public static string ReadText(string path)
    {
        var bytes = ReadBytes(path);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var line = LineAt(bytes, start + Math.Max(ex.Index, 0));
            throw Error(path, line, "not UTF-8 text");
        }
    }

    /// <summary>The 1-based line holding byte <paramref name="index"/>.</summary>
    public static int LineAt(ReadOnlySpan<byte> text, int index) => text[..Math.Min(index, text.Length)].Count((byte)'\n') + 1;

    public static InvalidDataException Error(string path, int line, string message) => new(MessageText.Clip($"{path}:{line}: {message}"));

    /// <summary>
    /// The organisation's name with runs of white space and control characters (tabs, line breaks, no-break spaces)
    /// made one space and the ends trimmed, so names compare and print the same whichever packaging they came from.
    /// </summary>
    public static string NormaliseName(ReadOnlySpan<char> raw, string path, int line)
    {
        var text = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            text.Append(c);
        }

        if (text.Length > MaxNameChars)
        {
            throw Error(path, line, $"organisation name is longer than {MaxNameChars} characters");
        }

        return text.ToString();
    }

    /// <summary>The number of the last line that holds anything, for messages about what is missing at the end.</summary>
    public static int LastLine(string[] lines)
    {
        var last = Array.FindLastIndex(lines, line => !string.IsNullOrWhiteSpace(line));
        return Math.Max(last, 0) + 1;
    }

    /// <summary>The file's lines without their terminators (LF or CRLF).</summary>
    public static string[] Lines(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].EndsWith('\r'))
            {
                lines[i] = lines[i][..^1];
            }
        }

        return lines;
    }
}
