using System.Text;
using NetOrigin.Inventory;

namespace NetOrigin.Fuzzing.Targets;

/// <summary>
/// An inventory reader (CSV, TSV, JSON Lines, or chosen by content), then identification and evaluation of the
/// assets it accepts, as assess runs them. Besides "no crash", it checks that every record is accounted for:
/// each one is an asset or a rejection, never both or neither; records are located on non-blank lines in order;
/// and their number is what the text holds (for JSON Lines one per non-blank line; for CSV and TSV one per
/// non-blank line after the header when no quote can join lines, and never more than that). Documents (Nmap XML,
/// CycloneDX) hold records by structure, not by line: there every record must name the input and lie within it.
/// </summary>
public sealed class InventoryTarget(string name, string extension, InventoryFormat? format, string seedFolder = "inventory") : IFuzzTarget
{
    /// <summary>How many accepted assets of one input are identified and evaluated (the rest are only read).</summary>
    private const int EvaluatedPerCase = 10;

    private static readonly string[] CommonTokens =
    [
        "\"", "\"\"", ",", "\t", "\n", "\r\n", "\r", "\uFEFF", " ", "id", "ID", "mac", "MAC Address", "vendor", "model", "sysDescr",
        "sys_object_id", "role", "kind", "use", "acquired", "installed", "asn", "country", "technology", "routes_user_data",
        "=cmd|' /C calc'!A0", "+1", "@SUM(A1)", "30:FB:B8:01:02:03", "30fb.b801.0203", "1.3.6.1.4.1.2011.2.224",
        "SNMPv2-SMI::enterprises.2011", "2019-05-01", "9999-12-31", "0000-00-00", "n/a", "-", "AS4294967296", "core",
        "government-facility", "service", "Huawei", "HUAWEI TECHNOLOGIES CO.,LTD", "SSH-2.0-HUAWEI-1.5", "80000007030030fbb8010203",
    ];

    private static readonly string[] JsonTokens =
    [
        "{", "}", "[", "]", ":", "\\\"", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0000", "\\", "null", "true", "1e999", "-0",
        "\"mac\":[\"30:FB:B8:01:02:03\"]", "\"id\":", "{\"id\":\"x\"}", "[[[[[[[[[[", "\"mac\":[[", "{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}",
    ];

    private static readonly string[] XmlTokens =
    [
        "<", ">", "</", "/>", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#xD800;", "<!DOCTYPE x [<!ENTITY e \"eeee\">]>", "&e;", "<!ENTITY % p SYSTEM \"file:///etc/passwd\">",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "xmlns=\"http://cyclonedx.org/schema/bom/1.6\"", "<host>", "</host>", "<address addr=\"", "\" addrtype=\"mac\"/>",
        "<port protocol=\"tcp\" portid=\"", "<service name=\"ssh\" product=\"", "servicefp=\"SF-Port22-TCP:V=7.93%r(NULL,FFFFFFFF,\"", "%r(", "\\x", "<cpe>", "cpe:/o:huawei:vrp",
        "<status state=\"up\"/>", "<osmatch name=\"", "accuracy=\"", "<component type=\"device\">", "</component>", "<components>", "<name>", "<manufacturer>", "<supplier>",
        "<properties><property name=\"", "<services><service>", "bom-ref=\"",
    ];

    private static readonly string[] BomJsonTokens =
    [
        "\"bomFormat\":\"CycloneDX\",", "\"specVersion\":\"1.6\"", "\"components\":[", "{\"type\":\"device\",\"name\":\"x\"}", "\"manufacturer\":{\"name\":", "\"supplier\":",
        "\"properties\":[{\"name\":\"netorigin:mac\",\"value\":", "\"services\":[", "\"bom-ref\":", "\"cpe\":\"cpe:2.3:h:huawei:ne40e:-:*:*:*:*:*:*:*\"", "\"hashes\":[",
    ];

    public string Name { get; } = name;
    public string Extension { get; } = extension;

    public IReadOnlyList<byte[]> Seeds { get; } = FuzzSeeds.Files(seedFolder, format is null ? null : extension);

    public IReadOnlyList<byte[]> Tokens { get; } = FuzzSeeds.Tokens(format switch
    {
        null or InventoryFormat.JsonLines => [.. CommonTokens, .. JsonTokens],
        InventoryFormat.NmapXml or InventoryFormat.CycloneDxXml => [.. CommonTokens, .. XmlTokens],
        InventoryFormat.CycloneDxJson => [.. CommonTokens, .. JsonTokens, .. BomJsonTokens],
        _ => CommonTokens,
    });

    private bool IsDocument => format is InventoryFormat.NmapXml or InventoryFormat.CycloneDxJson or InventoryFormat.CycloneDxXml;

    public bool IsInputError(Exception exception) => exception is InventoryFormatException;

    public string? Run(byte[] input, FuzzScratch scratch)
    {
        var name = $"{FuzzTargets.InputName}.{Extension}";
        using var reader = InventorySource.Open(new MemoryStream(input), name, format);
        var text = Decode(input);
        var lines = text.Split('\n');

        // XML also ends a line at a lone carriage return; this counts lines as generously as any reader may.
        var documentLines = lines.Length + text.AsSpan().Count('\r');
        var chosen = format ?? (reader.GetType().Name.StartsWith("Json", StringComparison.Ordinal) ? InventoryFormat.JsonLines : InventoryFormat.Csv);
        var counts = new RecordCounts();
        long previousLine = 0;
        var evaluated = 0;
        foreach (var record in reader.Read())
        {
            if ((record.Asset is null) == (record.Rejection is null))
            {
                return "a record is neither accepted nor rejected, or both";
            }

            counts.Count(record);
            var source = record.Asset?.Source ?? record.Rejection!.Source;
            if (IsDocument)
            {
                if (source.File != name || source.Line < 0 || source.Line > documentLines)
                {
                    return $"record located at {source}, not within {name} ({documentLines} lines)";
                }
            }
            else if (source.File != name || source.Line <= previousLine || source.Line > lines.Length || string.IsNullOrWhiteSpace(lines[source.Line - 1]))
            {
                return $"record located at {source} (after line {previousLine}), not on a non-blank line of {name} in order";
            }

            previousLine = source.Line;
            if (record.Rejection is { } rejection && (string.IsNullOrWhiteSpace(rejection.Reason) || rejection.Reason.Length > FuzzLimits.Default.MaxMessageChars))
            {
                return $"{rejection.Source}: rejected without a reason, or with one {rejection.Reason.Length} characters long";
            }

            if (record.Asset is { } asset && evaluated++ < EvaluatedPerCase)
            {
                Evaluate(asset);
            }
        }

        _ = reader.Warnings.Count + reader.UnusedColumns.Count;
        return IsDocument ? null : CheckCount(counts.Read, text, lines, chosen);
    }

    private static void Evaluate(Asset asset)
    {
        var date = FuzzData.Dates[0];
        var identification = FuzzData.Identifier.Identify(asset, date);
        foreach (var evaluator in FuzzData.Evaluators)
        {
            _ = evaluator.Evaluate(asset, identification, date);
        }
    }

    /// <summary>The records the text must have held: an oracle independent of the readers.</summary>
    private static string? CheckCount(long read, string text, string[] lines, InventoryFormat format)
    {
        var nonBlank = lines.Count(l => !string.IsNullOrWhiteSpace(l));
        if (format == InventoryFormat.JsonLines)
        {
            return read == nonBlank ? null : $"{read} records read from {nonBlank} non-blank JSON lines";
        }

        var expectedAtMost = Math.Max(nonBlank - 1, 0);
        if (!text.Contains('"', StringComparison.Ordinal))
        {
            return read == expectedAtMost ? null : $"{read} records read from {expectedAtMost} non-blank lines after the header (no quotes)";
        }

        return read <= expectedAtMost ? null : $"{read} records read, more than the {expectedAtMost} non-blank lines after the header";
    }

    /// <summary>The text exactly as the readers see it (UTF-8 unless a byte-order mark says otherwise).</summary>
    private static string Decode(byte[] input)
    {
        using var reader = new StreamReader(new MemoryStream(input), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
