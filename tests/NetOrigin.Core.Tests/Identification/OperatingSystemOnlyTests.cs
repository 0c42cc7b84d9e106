using NetOrigin.Identification.Claims;
using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Tests.Identification;

/// <summary>A host known only by its operating system: named for what it is, never taken for its hardware's maker.</summary>
public class OperatingSystemOnlyTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    private static Asset Host(params Identifier[] identifiers) => new() { Id = "host", Identifiers = identifiers, Source = new SourceLocation("t.csv", 2) };

    [Fact]
    public void A_banner_naming_only_the_operating_system_names_its_maker_as_such()
    {
        var attribution = TestData.Reference.CreateIdentifier().Identify(Host(new Identifier(IdentifierKind.SshBanner, "SSH-2.0-OpenSSH_7.4p1 Debian-10+deb9u7")), AsOf);
        Assert.True(attribution.OperatingSystemOnly);
        Assert.Equal("Debian", attribution.Manufacturer?.DisplayName);
        Assert.Same(attribution.Manufacturer, attribution.OperatingSystem);
        Assert.Equal(FingerprintClaims.OperatingSystemDevice, attribution.DeviceType);
    }

    [Fact]
    public void A_device_claim_always_beats_an_operating_system_claim()
    {
        var withMac = new Asset
        {
            Id = "host",
            Identifiers = [new Identifier(IdentifierKind.SshBanner, "SSH-2.0-OpenSSH_7.4p1 Debian-10+deb9u7")],
            Macs = [MacAddress.Parse("00:E0:FC:12:34:56")],
            Source = new SourceLocation("t.csv", 2),
        };
        var attribution = TestData.Reference.CreateIdentifier().Identify(withMac, AsOf);
        Assert.False(attribution.OperatingSystemOnly);
        Assert.Equal("huawei-technologies", attribution.Manufacturer?.Id);
    }

    [Fact]
    public void A_policy_cannot_be_decided_from_the_operating_system_alone()
    {
        var asset = Host(new Identifier(IdentifierKind.SshBanner, "SSH-2.0-OpenSSH_7.4p1 Debian-10+deb9u7"));
        var data = TestData.Reference;
        var attribution = data.CreateIdentifier().Identify(asset, AsOf);
        var finding = new PolicyEvaluator(data.Pack("us-fcc-covered-list"), data.Ownership).Evaluate(asset, attribution, AsOf);
        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Equal("manufacturer", finding.MissingField);
        Assert.Contains("only the maker of its operating system (Debian Project)", finding.Evidence[^1].Text, StringComparison.Ordinal);
    }
}
