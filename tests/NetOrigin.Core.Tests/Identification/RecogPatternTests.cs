using System.Text.RegularExpressions;
using NetOrigin.Identification.Fingerprints;

namespace NetOrigin.Tests.Identification;

public class RecogPatternTests
{
    [Fact]
    public void Recog_flags_map_to_net_options_and_lines_always_anchor()
    {
        Assert.Equal(RegexOptions.Multiline | RegexOptions.CultureInvariant, RecogPattern.Options(null, out _));
        Assert.Equal(RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline, RecogPattern.Options("REG_ICASE,REG_DOT_NEWLINE", out _));
        Assert.Null(RecogPattern.Options("REG_EXTENDED", out var unsupported));
        Assert.Equal("REG_EXTENDED", unsupported);
    }

    [Theory]
    [InlineData(@"^v\h+$", @"^v[0-9a-fA-F]+$")]
    [InlineData(@"^[\h:]+$", @"^[0-9a-fA-F:]+$")]
    [InlineData(@"(?m)a.b", @"(?s)a.b")]
    [InlineData(@"(?mi:a.b)", @"(?si:a.b)")]
    [InlineData(@"^[[:alpha:]]+\d", @"^[a-zA-Z]+\d")]
    [InlineData(@"^plain$", @"^plain$")]
    public void Ruby_only_syntax_is_translated(string ruby, string expected) =>
        Assert.Equal(expected, RecogPattern.Translate(ruby));

    [Fact]
    public void Ruby_caret_matches_after_a_line_break_as_in_recog()
    {
        var options = RecogPattern.Options(null, out _)!.Value;
        Assert.Matches(new Regex("^Login:", options), "Welcome\r\nLogin:");
    }
}
