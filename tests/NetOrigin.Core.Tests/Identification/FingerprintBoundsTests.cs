using System.Text.RegularExpressions;
using NetOrigin.Identification.Fingerprints;

namespace NetOrigin.Tests.Identification;

/// <summary>Fingerprint files may come from users: what it costs to load one grows with its size, never faster.</summary>
public class FingerprintBoundsTests
{
    private static IReadOnlyList<string> Extract(string pattern) => LiteralPrefilter.Extract(pattern, RegexOptions.IgnoreCase);

    [Fact]
    public void A_long_literal_run_gives_a_literal_of_the_bounded_length_from_its_start()
    {
        var literal = Assert.Single(Extract("^" + string.Concat(Enumerable.Range(0, 4000).Select(i => (char)('a' + (i % 26)))) + "$"));
        Assert.Equal(LiteralPrefilter.MaxLiteralLength, literal.Length);
        Assert.StartsWith("abcdefghijklmnopqrstuvwxyz", literal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_run_of_plain_groups_gives_a_bounded_literal() =>
        Assert.All(Extract(string.Concat(Enumerable.Repeat("(?:ab|cd)x", 3000))), l => Assert.True(l.Length <= 2 * LiteralPrefilter.MaxLiteralLength, l));

    [Fact]
    public void Groups_nested_deeper_than_the_analysis_follows_give_no_literal_rather_than_exhausting_the_stack() =>
        Assert.Empty(Extract(new string('(', 50_000) + "abc" + new string(')', 50_000)));

    [Fact]
    public void An_alternation_of_thousands_of_branches_gives_no_literal_rather_than_thousands() =>
        Assert.Empty(Extract(string.Join('|', Enumerable.Range(0, 2000).Select(i => $"vendor{i}x"))));

    [Fact]
    public void A_pattern_longer_than_the_bound_is_skipped_with_a_note_naming_file_line_and_fingerprint()
    {
        var notes = new List<string>();
        var xml = $"""
            <?xml version="1.0"?>
            <fingerprints matches="ssh.banner">
              <fingerprint pattern="^Acme-SSH">
                <description>Acme SSH</description>
              </fingerprint>
              <fingerprint pattern="{new string('a', FingerprintFileReader.MaxPatternLength + 1)}">
                <description>Very long</description>
              </fingerprint>
            </fingerprints>
            """;
        var database = FingerprintFileReader.Read(TestData.WriteTemp("fp.xml", xml), "user/fp.xml", notes)!;
        Assert.Equal("Acme SSH", Assert.Single(database.Fingerprints).Description);
        Assert.Equal($"user/fp.xml:6: fingerprint 'Very long' has a pattern of {FingerprintFileReader.MaxPatternLength + 1} characters, more than the {FingerprintFileReader.MaxPatternLength} allowed; skipped", Assert.Single(notes));
    }

    [Fact]
    public void A_pattern_at_the_bound_is_read_and_used()
    {
        var notes = new List<string>();
        var pattern = "^Acme " + new string('x', FingerprintFileReader.MaxPatternLength - 6);
        var xml = $"""<?xml version="1.0"?><fingerprints matches="ssh.banner"><fingerprint pattern="{pattern}"><param pos="0" name="hw.vendor" value="Acme"/></fingerprint></fingerprints>""";
        var database = FingerprintFileReader.Read(TestData.WriteTemp("fp.xml", xml), "user/fp.xml", notes)!;
        Assert.Empty(notes);
        Assert.Equal(FingerprintOutcome.Matched, Assert.Single(database.Fingerprints).TryMatch("Acme " + new string('x', FingerprintFileReader.MaxPatternLength - 6), out _));
    }
}
