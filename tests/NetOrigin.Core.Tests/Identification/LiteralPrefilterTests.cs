using System.Text.RegularExpressions;
using NetOrigin.Identification.Fingerprints;

namespace NetOrigin.Tests.Identification;

public class LiteralPrefilterTests
{
    private static IReadOnlyList<string> Extract(string pattern) => LiteralPrefilter.Extract(pattern, RegexOptions.IgnoreCase);

    [Theory]
    [InlineData(@"^Huawei Versatile Routing Platform\b", "Huawei Versatile Routing Platform")]
    [InlineData(@"^Dahua Rtsp Server$", "Dahua Rtsp Server")]
    [InlineData(@"^Cisco-([\d.]+)", "Cisco-")]
    [InlineData(@"ab+cde", "bcde")]
    [InlineData(@"^OpenSSH_[\w.]+\s+Debian-", "OpenSSH_")]
    [InlineData(@"^\s*MikroTik v[\d.]+", "MikroTik v")]
    public void The_longest_required_run_is_found(string pattern, string expected) =>
        Assert.Equal([expected], Extract(pattern));

    [Fact]
    public void A_required_alternation_gives_one_literal_per_branch() =>
        Assert.Equal(["Hikvision-Webs", "DNVRS-Webs", "DVRDVS-Webs"], Extract(@"^(?:Hikvision|DNVRS|DVRDVS)-Webs\b"));

    [Fact]
    public void A_run_continues_through_a_plain_text_group() =>
        Assert.Equal(["ZXR10", "ZXA10", "ZXHN"], Extract(@"\b(ZX(?:R10|A10|HN)\s*\d+)"));

    [Fact]
    public void Each_branch_contributes_its_own_best_literal() =>
        Assert.Equal(["JUNOS", "Juniper"], Extract(@"\bJUNOS\b|\bJuniper\b"));

    [Theory]
    [InlineData(@"^(?:Huawei )?S\d{4}")]
    [InlineData(@"abc|\d+")]
    [InlineData(@"(?:abcdef)?x")]
    [InlineData(@"a.b.c")]
    [InlineData(@"(?x) abc def")]
    [InlineData(@"[abc]{3}")]
    public void Nothing_is_claimed_when_no_literal_is_required(string pattern) =>
        Assert.Empty(Extract(pattern));

    [Fact]
    public void Optional_characters_are_not_part_of_the_literal() =>
        Assert.Equal(["vision-Webs"], Extract(@"Hik?vision-Webs"));

    [Fact]
    public void Lookarounds_do_not_contribute() =>
        Assert.Equal(["Huawei"], Extract(@"\bHuawei(?!-3Com)"));

    [Theory]
    [InlineData(@"\bHuawei(?!-3Com)", "HUAWEI-EchoLife HG8245H")]
    [InlineData(@"^(?:Hikvision|DNVRS|DVRDVS)-Webs\b", "dnvrs-webs")]
    [InlineData(@"\b(ZX(?:R10|A10|HN)\s*\d+)", "zxr10 5950")]
    public void Every_match_contains_a_literal_ignoring_case(string pattern, string text)
    {
        Assert.Matches(new Regex(pattern, RegexOptions.IgnoreCase), text);
        Assert.Contains(Extract(pattern), literal => text.Contains(literal, StringComparison.OrdinalIgnoreCase));
    }
}
