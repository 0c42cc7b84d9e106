using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Tests.Identification;

/// <summary>
/// Makers named by a registry or fingerprint but absent from the organisation data: named, never accused, never
/// passed as compliant where a rule needs their owners — and a name that merely resembles a listed organisation is
/// not attributed at all.
/// </summary>
public class UnlistedOrganisationTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    [Fact]
    public void A_registrant_outside_the_organisation_data_becomes_one_unlisted_organisation()
    {
        var resolver = TestData.Reference.Resolver;
        var first = resolver.ResolveRegistered("Makino Milling Machine Co., Ltd.", AsOf, out var resembles)!;
        var second = resolver.ResolveRegistered("MAKINO MILLING MACHINE CO LTD", AsOf, out _)!;
        Assert.Null(resembles);
        Assert.False(first.Organisation.Listed);
        Assert.Equal("unlisted:makino-milling-machine", first.Organisation.Id);
        Assert.Equal("Makino Milling Machine", first.Organisation.DisplayName);
        Assert.Same(first.Organisation, second.Organisation);
    }

    [Theory]
    [InlineData("Huawei Device (Dongguan) Co., Ltd.", "huawei")]
    [InlineData("China Mobile Group Guangdong Co., Ltd.", "china-mobile")]
    [InlineData("Shenzhen ZTE Microelectronics Technology", "zte")]
    public void A_registrant_resembling_a_listed_organisation_is_not_attributed(string name, string expectedIdPrefix)
    {
        Assert.Null(TestData.Reference.Resolver.ResolveRegistered(name, AsOf, out var resembles));
        Assert.NotNull(resembles);
        Assert.StartsWith(expectedIdPrefix, resembles.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_spelling_still_resolves_to_the_listed_organisation()
    {
        var resolution = TestData.Reference.Resolver.ResolveRegistered("HUAWEI TECHNOLOGIES CO.,LTD", AsOf, out _)!;
        Assert.True(resolution.Organisation.Listed);
        Assert.Equal("huawei-technologies", resolution.Organisation.Id);
    }

    [Fact]
    public void An_unlisted_maker_is_compliant_with_a_list_of_named_companies_and_says_its_owners_are_unknown()
    {
        var finding = Assess(new Asset { Id = "printer", Macs = [MacAddress.Parse("00:04:04:12:34:56")], Source = new SourceLocation("t.csv", 2) }, "us-fcc-covered-list");
        Assert.Equal(FindingStatus.Compliant, finding.Status);
        Assert.False(finding.Attribution.Manufacturer!.Listed);
        Assert.Contains(finding.Evidence, e => e.Step == "owner" && e.Text.Contains("not in the organisation data", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unlisted_maker_is_unknown_where_the_rule_turns_on_who_controls_it()
    {
        var asset = new Asset { Id = "srv", Macs = [MacAddress.Parse("00:04:04:12:34:56")], Kind = AssetKind.Software, Use = "state-owned-enterprise", Source = new SourceLocation("t.csv", 2) };
        var finding = Assess(asset, "cn-foreign-replacement");
        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Equal("ownership", finding.MissingField);
    }

    [Fact]
    public void A_net_snmp_sys_object_id_names_the_agent_software_not_a_maker()
    {
        var asset = new Asset { Id = "box", Identifiers = [new Identifier(IdentifierKind.SysObjectId, "1.3.6.1.4.1.8072.3.2.10")], Source = new SourceLocation("t.csv", 2) };
        var attribution = TestData.Reference.CreateIdentifier().Identify(asset, AsOf);

        // The agent names no device maker; its registration tree names the OS it was built for (Linux).
        Assert.True(attribution.OperatingSystemOnly);
        Assert.Equal("linux", attribution.OperatingSystem?.Id);
        Assert.Contains(attribution.Notes, n => n.Contains("IANA enterprise 8072 net-snmp → Net-SNMP project: the maker of SNMP agent software", StringComparison.Ordinal));
    }

    private static Finding Assess(Asset asset, string pack)
    {
        var data = TestData.Reference;
        var attribution = data.CreateIdentifier().Identify(asset, AsOf);
        return new PolicyEvaluator(data.Pack(pack), data.Ownership).Evaluate(asset, attribution, AsOf);
    }
}
