using NetOrigin.Identification.Fingerprints;

namespace NetOrigin.Fuzzing.Targets;

/// <summary>
/// A recog-format fingerprint file (a user's --fingerprints directory): read, then every fingerprint that survived
/// run through its prefilter and expression on the file's own examples and on a few probe texts. The reader
/// reports unusable files and fingerprints as notes, so nothing at all may be thrown.
/// </summary>
public sealed class FingerprintTarget : IFuzzTarget
{
    /// <summary>Examples matched per case: each match compiles the fingerprints it reaches, which dominates the cost.</summary>
    private const int ExamplesPerCase = 2;

    private static readonly string[] Probes = ["Huawei Versatile Routing Platform Software VRP (R) software, Version 8.180 " + new string('a', 2_000) + "!", ""];

    private static readonly string[] XmlTokens =
    [
        "<!DOCTYPE fingerprints [<!ENTITY a \"aaaa\">]>", "&a;", "<![CDATA[", "]]>", "&amp;", "&#x0;", "&#xD800;", "&#65;", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
        "<fingerprint pattern=\"", "\">", "</fingerprint>", "<example>", "</example>", "<param pos=\"1\" name=\"hw.vendor\"/>",
        "<param pos=\"99999999999\" name=\"x\"/>", "<param pos=\"0\" name=\"hw.vendor\" value=\"{hw.vendor}\"/>", " flags=\"REG_ICASE\"", " flags=\"REG_BOGUS\"",
        " certainty=\"1e9\"", " preference=\"NaN\"", " prefilter=\"||\"", " _encoding=\"base64\"", "(?:", "(", ")", "*", "+", "{1,}", "(a+)+$", "\\", "[", "]", "[[:alpha:]]",
        "\\h", "(?m)", "(?<n>", "\\k<n>", "(?=", "(?<=", "(?#", "|", "^", "$", ".*", "(?i)", "\\p{L}",
    ];

    public string Name => "fingerprints";

    public string Extension => "xml";

    public IReadOnlyList<byte[]> Seeds { get; } = FuzzSeeds.Shipped("fingerprints", "xml");

    public IReadOnlyList<byte[]> Tokens { get; } = FuzzSeeds.Tokens(XmlTokens);

    public bool IsInputError(Exception exception) => false;

    public string? Run(byte[] input, FuzzScratch scratch)
    {
        var path = scratch.File($"{FuzzTargets.InputName}.xml", input);
        var notes = new List<string>();
        var database = FingerprintFileReader.Read(path, $"{FuzzTargets.InputName}.xml", notes, TimeSpan.FromMilliseconds(20));
        if (notes.FirstOrDefault(n => n.Length > FuzzLimits.Default.MaxMessageChars || !n.Contains(FuzzTargets.InputName, StringComparison.Ordinal)) is { } unclear)
        {
            return $"a note that does not name the file, or is {unclear.Length} characters long: {unclear[..Math.Min(unclear.Length, 200)]}";
        }

        if (database is null)
        {
            return null;
        }

        var set = new FingerprintSet([database]);
        var matches = new List<FingerprintMatch>();
        var texts = database.Fingerprints.SelectMany(f => f.Examples).Take(ExamplesPerCase).Select(e => e.Text).Concat(Probes);
        foreach (var text in texts)
        {
            set.Match(text, matches, notes);
        }

        return null;
    }
}
