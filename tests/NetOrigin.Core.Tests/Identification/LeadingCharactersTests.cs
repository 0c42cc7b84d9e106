using System.Text.RegularExpressions;
using NetOrigin.Identification.Fingerprints;

namespace NetOrigin.Tests.Identification;

public class LeadingCharactersTests
{
    private const RegexOptions Recog = RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static string Admitted(string pattern)
    {
        var set = LeadingCharacters.Of(pattern, Recog) ?? throw new InvalidOperationException($"no set for {pattern}");
        return new string([.. Enumerable.Range(32, 95).Select(c => (char)c).Where(c => LeadingCharacters.Admits(set, c))]);
    }

    [Theory]
    [InlineData(@"^(?:Amcrest\s+)?(IP[2-8]M-\d{3,4}|NV[24]\d{3}|AMDV\d{4,5})$", "AINainn")]
    [InlineData(@"^(?:HUAWEI\s+|CloudEngine\s+)?(CE\d{4})", "CHch")]
    [InlineData(@"^[0-9]{3}-[A-Z]+", "0123456789")]
    [InlineData(@"^\s*MikroTik", " Mm")]
    [InlineData(@"\A(?i)x?y", "XYxy")]
    [InlineData(@"^(?=AB)\w", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")]
    public void An_anchored_pattern_admits_only_the_characters_it_can_start_with(string pattern, string expected) =>
        Assert.Equal(new string([.. expected.Distinct().Order()]), Admitted(pattern));

    [Theory]
    [InlineData(@"Huawei")]
    [InlineData(@"^abc|def")]
    [InlineData(@"^.*Huawei")]
    [InlineData(@"^[^x]abc")]
    [InlineData(@"^(?:abc)?")]
    [InlineData(@"^(a)\1")]
    [InlineData(@"^[a-z-[aeiou]]")]
    public void A_pattern_that_can_start_anywhere_or_with_anything_has_no_set(string pattern) =>
        Assert.Null(LeadingCharacters.Of(pattern, Recog));

    [Theory]
    [InlineData(@"^(?:Amcrest\s+)?(IP[2-8]M-\d{3,4})$", "amcrest IP4M-1051")]
    [InlineData(@"^k\d", "\u212A1")]
    [InlineData(@"^ZTE", "line one\nZTE ZXR10")]
    public void A_text_that_matches_is_always_admitted(string pattern, string text)
    {
        Assert.Matches(new Regex(pattern, Recog), text);
        Assert.True(LeadingCharacters.Admits(LeadingCharacters.Of(pattern, Recog)!.Value, text));
    }

    [Fact]
    public void A_text_starting_with_another_character_and_without_a_line_break_is_turned_away() =>
        Assert.False(LeadingCharacters.Admits(LeadingCharacters.Of(@"^(?:ZTE\s+)?ZX", Recog)!.Value, "Cisco ZXR10"));

    [Fact]
    public void Every_shipped_model_number_pattern_has_a_leading_set()
    {
        var catalog = FingerprintCatalog.Load([(Path.Combine(TestData.Directory, "fingerprints"), "data/fingerprints")]);
        var models = catalog.Databases.Single(d => Path.GetFileName(d.Path) == "model_numbers.xml");
        var without = models.Fingerprints.Where(f => f.Leading is null).Select(f => $"{f.Where}: {f.Pattern}").ToList();
        Assert.True(without.Count == 0, string.Join("\n", without));
    }
}
