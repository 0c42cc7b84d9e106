using NetOrigin.Inventory;

namespace NetOrigin.Tests.Identification;

public class SysObjectIdTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    [Theory]
    [InlineData("1.3.6.1.4.1.2011.2.224.279", "huawei-technologies", "Network device")]
    [InlineData("SNMPv2-SMI::enterprises.2636.1.1.1.2.29", "juniper", "Network device")]
    [InlineData(".1.3.6.1.4.1.6527.1.3.17", "nokia", "Router")]
    [InlineData("1.3.6.1.4.1.39165.1.1", "hikvision", "Video surveillance device")]
    public void The_enterprise_names_the_maker_and_its_registration_subtree_the_product_family(string oid, string maker, string deviceType)
    {
        Assert.True(ObjectIdentifier.TryNormalise(oid, out var normalised));
        var asset = new Asset { Id = "x", Identifiers = [new Identifier(IdentifierKind.SysObjectId, normalised)], Source = new SourceLocation("t.csv", 2) };
        var attribution = TestData.Reference.CreateIdentifier().Identify(asset, AsOf);
        Assert.Equal(maker, attribution.Manufacturer?.Id);
        Assert.Equal(deviceType, attribution.DeviceType);
        Assert.Contains(attribution.Claims, c => c.Basis == "SNMP sysObjectID");
    }
}
