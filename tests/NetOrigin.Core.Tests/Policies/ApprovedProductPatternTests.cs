using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Policies.Approval;
using NetOrigin.ReferenceData;

namespace NetOrigin.Tests.Policies;

public class ApprovedProductPatternTests
{
    private static ApprovedEntry Entry(string product) =>
        new("e", null, product, new HashSet<AssetRole>(), new HashSet<string>(), null, null, "board", "approved.yaml:2");

    private static bool Names(string product, string model)
    {
        var asset = new Asset { Id = "a", Model = model, Source = new SourceLocation("inv.csv", 2) };
        return Entry(product).Names(new AssetView(asset, null), null, null);
    }

    [Fact]
    public void Many_stars_against_a_long_model_answer_at_once_instead_of_timing_out()
    {
        var pattern = string.Concat(Enumerable.Repeat("a*", 22)) + "b";
        Assert.False(Names(pattern, new string('a', 60)));
        Assert.True(Names(pattern, new string('a', 60) + "b"));
    }

    [Theory]
    [InlineData("8*", "8201-32FH", true)]
    [InlineData("8*", "NCS-5501", false)]
    [InlineData("ncs-55??", "NCS-5501", true)]
    [InlineData("ncs-55??", "NCS-550", false)]
    [InlineData("*-55*", "NCS-5501", true)]
    [InlineData("*", "", true)]
    [InlineData("", "", true)]
    [InlineData("a*b*c", "abc", true)]
    [InlineData("a*b*c", "acb", false)]
    [InlineData("*ab", "aab", true)]
    [InlineData("ab*ab", "ab", false)]
    [InlineData("ab*ab", "abab", true)]
    public void Stars_stand_for_any_run_and_question_marks_for_one_character_ignoring_case(string pattern, string text, bool expected) =>
        Assert.Equal(expected, new WildcardPattern(pattern).IsMatch(text));

    [Fact]
    public void Matching_agrees_with_the_regular_expression_it_replaces_on_thousands_of_random_cases()
    {
        var random = new Random(15);
        for (var i = 0; i < 5000; i++)
        {
            var pattern = RandomText(random, "ab?*A", random.Next(0, 12));
            var text = RandomText(random, "abAB", random.Next(0, 14));
            var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
            var expected = System.Text.RegularExpressions.Regex.IsMatch(text, regex, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.True(expected == new WildcardPattern(pattern).IsMatch(text), $"'{pattern}' against '{text}'");
        }
    }

    [Fact]
    public void Segments_longer_than_one_machine_word_match_too()
    {
        var segment = new string('x', 70) + "?" + new string('y', 70);
        Assert.True(new WildcardPattern("*" + segment + "*").IsMatch("zz" + new string('x', 70) + "Q" + new string('y', 70) + "zz"));
        Assert.False(new WildcardPattern("*" + segment + "*").IsMatch("zz" + new string('x', 70) + new string('y', 70) + "zz"));
    }

    [Fact]
    public void A_product_pattern_longer_than_the_bound_is_refused_with_file_and_line()
    {
        var path = TestData.WriteTemp("approved.yaml", $"approved:\n  - product: \"{new string('*', WildcardPattern.MaxLength + 1)}\"\n    approver: board\n");
        var error = Assert.Throws<ReferenceDataException>(() => ApprovedList.Load(path));
        Assert.Contains("approved.yaml:2: 'product' is longer than 256 characters", error.Message, StringComparison.Ordinal);
    }

    private static string RandomText(Random random, string alphabet, int length) =>
        new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
}
