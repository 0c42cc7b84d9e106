using NetOrigin.Inventory;

namespace NetOrigin.Tests.Inventory;

public class SnmpEngineIdTests
{
    [Theory]
    [InlineData("0x800007DB0330FBB8010203")]
    [InlineData("80:00:07:db:03:30:fb:b8:01:02:03")]
    [InlineData("80 00 07 DB 03 30 FB B8 01 02 03")]
    public void The_spellings_tools_print_parse_to_the_enterprise_and_mac(string text)
    {
        Assert.True(SnmpEngineId.TryParse(text, out var id, out _));
        Assert.Equal(2011, id!.EnterpriseNumber);
        Assert.Equal(SnmpEngineIdFormat.Mac, id.Format);
        Assert.Equal("30:FB:B8:01:02:03", id.Mac.ToString());
        Assert.Equal("80:00:07:DB:03:30:FB:B8:01:02:03", id.ToString());
    }

    [Fact]
    public void A_mac_format_engine_id_with_a_trailing_octet_still_yields_its_enterprise_and_mac()
    {
        Assert.True(SnmpEngineId.TryParse("0x80000007030030fbb8010203", out var id, out _));
        Assert.Equal(7, id!.EnterpriseNumber);
        Assert.Equal(SnmpEngineIdFormat.Mac, id.Format);
        Assert.Equal("00:30:FB:B8:01:02", id.Mac.ToString());
    }

    [Fact]
    public void The_older_layout_without_the_high_bit_still_carries_the_enterprise()
    {
        Assert.True(SnmpEngineId.TryParse("000000090000000A0B0C0D0E", out var id, out _));
        Assert.Equal(9, id!.EnterpriseNumber);
        Assert.Equal(SnmpEngineIdFormat.Legacy, id.Format);
        Assert.Null(id.Mac);
    }

    [Fact]
    public void Text_and_enterprise_specific_formats_are_told_apart()
    {
        Assert.True(SnmpEngineId.TryParse("0x80001F88040102", out var text, out _));
        Assert.Equal(8072, text!.EnterpriseNumber);
        Assert.Equal(SnmpEngineIdFormat.Text, text.Format);
        Assert.True(SnmpEngineId.TryParse("0x80001F8880D1C2B3A4", out var specific, out _));
        Assert.Equal(SnmpEngineIdFormat.EnterpriseSpecific, specific!.Format);
    }

    [Theory]
    [InlineData("0x8000", "5 to 32")]
    [InlineData("80:00:07:DB:0", "odd number")]
    [InlineData("not an id", "not a hexadecimal digit")]
    public void Malformed_ids_are_refused_with_a_reason(string text, string reason)
    {
        Assert.False(SnmpEngineId.TryParse(text, out _, out var why));
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }
}
