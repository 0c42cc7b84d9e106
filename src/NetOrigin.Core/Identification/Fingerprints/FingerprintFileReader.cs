using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace NetOrigin.Identification.Fingerprints;

/// <summary>
/// Reads one recog-format XML file. Files may come from users, so the reader resolves no DTDs or external entities
/// and refuses oversized files; a fingerprint that cannot be used (bad flags, a pattern .NET cannot compile, a
/// broken param) is skipped with a note naming file and line, and the rest of the file is still used.
/// </summary>
internal static class FingerprintFileReader
{
    /// <summary>recog's largest database is about 1 MiB; anything far bigger is not a fingerprint file.</summary>
    public const long MaxFileBytes = 32L << 20;

    /// <summary>
    /// recog's patterns run to a few hundred characters (the longest shipped one has about 1,300); a fingerprint
    /// with a longer pattern is skipped with a note.
    /// </summary>
    internal const int MaxPatternLength = 16 * 1024;

    /// <summary>
    /// No single fingerprint may spend longer than this on one text. The bound is generous on purpose: only a
    /// pathological pattern (catastrophic backtracking) needs anything like it, so how busy the machine is never
    /// changes which fingerprints match; a pattern that times out three times is switched off.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Reads <paramref name="path"/>; returns null (with a note) when the file as a whole cannot be used.</summary>
    public static FingerprintDatabase? Read(string path, string displayPath, List<string> notes, TimeSpan? matchTimeout = null)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            Note(notes, $"{displayPath}: no such fingerprint file");
            return null;
        }

        if (info.Length > MaxFileBytes)
        {
            Note(notes, $"{displayPath}: larger than {MaxFileBytes >> 20} MiB; not read");
            return null;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxFileBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        XDocument document;
        try
        {
            using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 1 << 16 });
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            Note(notes, $"{displayPath}:{ex.LineNumber}: not usable XML ({ex.Message}); not read");
            return null;
        }

        return Read(document, path, displayPath, notes, matchTimeout ?? MatchTimeout);
    }

    private static FingerprintDatabase? Read(XDocument document, string path, string displayPath, List<string> notes, TimeSpan matchTimeout)
    {
        var root = document.Root;
        if (root is null || root.Name.LocalName != "fingerprints")
        {
            Note(notes, $"{displayPath}: the root element is not <fingerprints>; not a recog-format file");
            return null;
        }

        var matches = (string?)root.Attribute("matches");
        if (string.IsNullOrWhiteSpace(matches))
        {
            Note(notes, $"{displayPath}: <fingerprints> has no 'matches' attribute naming the text it reads; not read");
            return null;
        }

        var preference = Fraction(root.Attribute("preference"), displayPath, notes);
        var fingerprints = new List<Fingerprint>();
        foreach (var element in root.Elements("fingerprint"))
        {
            if (ReadFingerprint(element, displayPath, notes, matchTimeout) is { } fingerprint)
            {
                fingerprints.Add(fingerprint);
            }
        }

        return new FingerprintDatabase(
            path,
            displayPath,
            matches.Trim(),
            (string?)root.Attribute("protocol"),
            (string?)root.Attribute("database_type"),
            (string?)root.Attribute("version"),
            preference,
            fingerprints);
    }

    private static Fingerprint? ReadFingerprint(XElement element, string file, List<string> notes, TimeSpan matchTimeout)
    {
        var line = ((IXmlLineInfo)element).LineNumber;
        var where = $"{file}:{line}";
        var source = (string?)element.Attribute("pattern");
        var description = Collapse(element.Element("description")?.Value) is { Length: > 0 } d ? d : source ?? "";
        if (string.IsNullOrEmpty(source))
        {
            Note(notes, $"{where}: fingerprint '{description}' has no pattern; skipped");
            return null;
        }

        if (source.Length > MaxPatternLength)
        {
            Note(notes, string.Create(CultureInfo.InvariantCulture, $"{where}: fingerprint '{description}' has a pattern of {source.Length} characters, more than the {MaxPatternLength} allowed; skipped"));
            return null;
        }

        if (RecogPattern.Options((string?)element.Attribute("flags"), out var unsupported) is not { } options)
        {
            Note(notes, $"{where}: fingerprint '{description}' has the unsupported flag '{unsupported}'; skipped");
            return null;
        }

        var pattern = RecogPattern.Translate(source);
        try
        {
            // Parsing only: the compiled form is built the first time the fingerprint is needed.
            _ = new Regex(pattern, options, matchTimeout);
        }
        catch (ArgumentException ex)
        {
            Note(notes, $"{where}: fingerprint '{description}' has a pattern .NET cannot compile ({ex.Message}); skipped");
            return null;
        }

        if (ReadParams(element, where, description, notes) is not { } parameters)
        {
            return null;
        }

        var explicitPrefilter = (string?)element.Attribute("prefilter");
        IReadOnlyList<string> prefilter = explicitPrefilter is null
            ? LiteralPrefilter.Extract(pattern, options)
            : explicitPrefilter.Split('|', StringSplitOptions.RemoveEmptyEntries);
        return new Fingerprint(
            description,
            pattern,
            options,
            matchTimeout,
            parameters,
            ReadExamples(element),
            prefilter,
            Fraction(element.Attribute("certainty"), where, notes),
            line,
            LeadingCharacters.Of(pattern, options));
    }

    private static List<FingerprintParam>? ReadParams(XElement element, string where, string description, List<string> notes)
    {
        var parameters = new List<FingerprintParam>();
        foreach (var param in element.Elements("param"))
        {
            var name = ((string?)param.Attribute("name"))?.Trim();
            var value = (string?)param.Attribute("value");
            var posText = (string?)param.Attribute("pos") ?? "0";
            if (string.IsNullOrEmpty(name) || !int.TryParse(posText, NumberStyles.None, CultureInfo.InvariantCulture, out var pos))
            {
                Note(notes, $"{where}: fingerprint '{description}' has a param without a name or with pos '{posText}'; skipped");
                return null;
            }

            if (pos == 0 && string.IsNullOrEmpty(value))
            {
                Note(notes, $"{where}: fingerprint '{description}': param {name} has neither a value nor a capture group; skipped");
                return null;
            }

            parameters.Add(new FingerprintParam(pos, name, pos == 0 ? value : null));
        }

        return parameters;
    }

    /// <summary>Examples as recog writes them; base64 ones are decoded, ones kept in separate files are left out.</summary>
    private static List<FingerprintExample> ReadExamples(XElement element)
    {
        var examples = new List<FingerprintExample>();
        foreach (var example in element.Elements("example"))
        {
            if (example.Attribute("_filename") is not null)
            {
                continue;
            }

            var text = example.Value;
            if ((string?)example.Attribute("_encoding") == "base64")
            {
                try
                {
                    text = Encoding.UTF8.GetString(Convert.FromBase64String(text.Trim()));
                }
                catch (FormatException)
                {
                    continue;
                }
            }

            var expected = example.Attributes()
                .Where(a => !a.Name.LocalName.StartsWith('_'))
                .ToDictionary(a => a.Name.LocalName, a => a.Value, StringComparer.Ordinal);
            examples.Add(new FingerprintExample(text, expected, ((IXmlLineInfo)example).LineNumber));
        }

        return examples;
    }

    private static double? Fraction(XAttribute? attribute, string where, List<string> notes)
    {
        if (attribute is null)
        {
            return null;
        }

        if (double.TryParse(attribute.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
        {
            return value;
        }

        Note(notes, $"{where}: {attribute.Name.LocalName} '{attribute.Value}' is not a number from 0 to 1; ignored");
        return null;
    }

    /// <summary>Notes quote descriptions, patterns and values from the file, which may be long: each is cut to a readable line.</summary>
    private static void Note(List<string> notes, string text) => notes.Add(MessageText.Clip(text));

    private static string Collapse(string? text) =>
        text is null ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
