using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;
using NetOrigin.Reports;

namespace NetOrigin.Storage.Assessment;

/// <summary>
/// Evidence stored once and referenced. Each step is kept as the JSON that <see cref="EvidenceJson"/> writes, under
/// the SHA-256 of its bytes; a finding keeps only the hash of its chain (the list of its steps' hashes) and the few
/// values that are its own. Those values — the identifier an asset carries (its MAC address, a banner) and the day
/// its maker's control was judged — are factored out of a step's bytes as a marker byte that JSON never contains,
/// so one stored step serves every asset that differs only in them, and putting the value back gives the exact
/// bytes again. The same owner chain, manufacturer and chain of steps thus serve thousands of findings.
/// </summary>
public static class EvidenceCodec
{
    /// <summary>Stands for the finding's own value inside a stored step; never present in JSON text (control characters are escaped).</summary>
    public const byte Marker = 0x01;

    /// <summary>Separates a finding's own values; JSON-escaped text never holds it raw either.</summary>
    public const char ValueSeparator = '\u001f';

    public const int HashLength = 16;

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static byte[] Hash(ReadOnlySpan<byte> body)
    {
        Span<byte> full = stackalloc byte[32];
        SHA256.HashData(body, full);
        return full[..HashLength].ToArray();
    }

    /// <summary>The value of a step that is the asset's own, as JSON-escaped text; null when the step has none.</summary>
    internal static string? OwnValue(EvidenceStep step)
    {
        if (step.Kind == EvidenceKind.Owner && step.Facts.Date is { } date)
        {
            return date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return !step.Shared && step.Facts.Value is { Length: > 0 } value
            ? Encoding.UTF8.GetString(JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes)
            : null;
    }

    /// <summary>The bytes of <paramref name="json"/> with every occurrence of <paramref name="value"/> replaced by <see cref="Marker"/>.</summary>
    internal static byte[] Template(ReadOnlySpan<byte> json, string value)
    {
        var output = new ArrayBufferWriter<byte>(json.Length + 32);
        Template(json, Encoding.UTF8.GetBytes(value), output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary><see cref="Template(ReadOnlySpan{byte}, string)"/> into <paramref name="output"/>, for an encoder that reuses its buffers.</summary>
    internal static void Template(ReadOnlySpan<byte> json, ReadOnlySpan<byte> value, IBufferWriter<byte> output) => Replace(json, value, [Marker], output);

    /// <summary>A stored step with its value put back.</summary>
    public static byte[] Restore(ReadOnlySpan<byte> template, string value)
    {
        var output = new ArrayBufferWriter<byte>(template.Length + 32);
        Replace(template, [Marker], Encoding.UTF8.GetBytes(value), output);
        return output.WrittenSpan.ToArray();
    }

    private static void Replace(ReadOnlySpan<byte> source, ReadOnlySpan<byte> find, ReadOnlySpan<byte> with, IBufferWriter<byte> output)
    {
        while (true)
        {
            var at = source.IndexOf(find);
            if (at < 0)
            {
                output.Write(source);
                return;
            }

            output.Write(source[..at]);
            output.Write(with);
            source = source[(at + find.Length)..];
        }
    }

    /// <summary>The manufacturer part of a finding: an object holding "manufacturer" (and "operating_system_maker").</summary>
    public static byte[] ManufacturerJson(Attribution attribution)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            FindingJson.WriteManufacturer(json, attribution);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] OwnerChainJson(ControlChain? chain, ISet<Source> cited)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (chain is null)
            {
                json.WriteStartArray();
                json.WriteEndArray();
            }
            else
            {
                FindingJson.WriteOwnerChain(json, chain, cited);
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A chain's body: for each step its hash and whether it takes the finding's next own value.</summary>
    public static byte[] ChainBody(IReadOnlyList<(byte[] Hash, bool TakesValue)> steps)
    {
        var body = new byte[steps.Count * (HashLength + 1)];
        ChainBody(steps, body);
        return body;
    }

    /// <summary>A chain's body written into <paramref name="body"/>, which holds exactly <c>steps.Count * (HashLength + 1)</c> bytes.</summary>
    internal static void ChainBody(IReadOnlyList<(byte[] Hash, bool TakesValue)> steps, Span<byte> body)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            steps[i].Hash.CopyTo(body[(i * (HashLength + 1))..]);
            body[(i * (HashLength + 1)) + HashLength] = steps[i].TakesValue ? (byte)1 : (byte)0;
        }
    }

    public static IEnumerable<(byte[] Hash, bool TakesValue)> ChainSteps(byte[] body)
    {
        if (body.Length % (HashLength + 1) != 0)
        {
            throw new InvalidDataException("stored evidence chain is damaged");
        }

        for (var i = 0; i < body.Length; i += HashLength + 1)
        {
            yield return (body[i..(i + HashLength)], body[i + HashLength] == 1);
        }
    }
}
