using NetOrigin.Inventory;

namespace NetOrigin.Tests.Inventory;

public class MacAddressTests
{
    [Theory]
    [InlineData("30:FB:B8:01:02:03")]
    [InlineData("30-fb-b8-01-02-03")]
    [InlineData("30fb.b801.0203")]
    [InlineData("30FBB8010203")]
    [InlineData("  30:fb:b8:01:02:03 ")]
    public void Parses_the_spellings_inventories_use(string text)
    {
        Assert.True(MacAddress.TryParse(text, out var mac));
        Assert.Equal("30:FB:B8:01:02:03", mac.ToString());
        Assert.Equal(0x30FBB8UL, mac.Prefix(24));
    }

    [Theory]
    [InlineData("30:FB:B8:ZZ:10")]
    [InlineData("30:FB:B8:01:02")]
    [InlineData("30:FB:B8:01:02:03:04")]
    [InlineData("")]
    [InlineData("not a mac")]
    public void Rejects_text_that_is_not_a_mac(string text) => Assert.False(MacAddress.TryParse(text, out _));

    [Fact]
    public void Recognises_locally_administered_and_group_addresses()
    {
        Assert.True(MacAddress.Parse("02:11:22:33:44:55").IsLocallyAdministered);
        Assert.True(MacAddress.Parse("DA:A1:19:00:00:01").IsLocallyAdministered);
        Assert.False(MacAddress.Parse("30:FB:B8:01:02:03").IsLocallyAdministered);
        Assert.True(MacAddress.Parse("01:00:5E:00:00:01").IsMulticast);
        Assert.False(MacAddress.Parse("00:00:0C:00:00:01").IsMulticast);
    }
}
