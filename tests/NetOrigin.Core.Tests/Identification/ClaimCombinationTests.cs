using NetOrigin.Inventory;

namespace NetOrigin.Tests.Identification;

/// <summary>
/// How claims from different identifiers combine: a device's own description outranks an enterprise number it
/// borrows; chip, stack, agent and OS registrants are reported as what they are; the OS maker is given beside the
/// device maker; declared names of several parts are read part by part.
/// </summary>
public class ClaimCombinationTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    private static NetOrigin.Identification.Attribution Identify(params Identifier[] identifiers) =>
        TestData.Reference.CreateIdentifier().Identify(new Asset { Id = "a", Identifiers = identifiers, Source = new SourceLocation("t.csv", 2) }, AsOf);

    [Fact]
    public void A_device_naming_its_own_maker_outranks_an_enterprise_number_it_borrows()
    {
        var attribution = Identify(new Identifier(IdentifierKind.SysObjectId, "1.3.6.1.4.1.39165.1.6"), new Identifier(IdentifierKind.SysDescr, "Linux SyncServer 2.6.10 #18 i686"));
        Assert.Equal("microsemi", attribution.Manufacturer?.Id);
        Assert.Contains(attribution.Notes, n => n.Contains("the number is borrowed and not counted", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chip_makers_enterprise_number_names_a_component_and_the_description_names_the_maker()
    {
        var attribution = Identify(new Identifier(IdentifierKind.SysObjectId, "1.3.6.1.4.1.4413"), new Identifier(IdentifierKind.SysDescr, "EdgeSwitch 24-Port 250W, 1.8.0.5106045, Linux 3.6.5"));
        Assert.Equal("ubiquiti", attribution.Manufacturer?.Id);
        Assert.Contains(attribution.Notes, n => n.Contains("Broadcom", StringComparison.Ordinal) && n.Contains("names a component", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chip_makers_mac_prefix_alone_names_no_maker()
    {
        var asset = new Asset { Id = "a", Macs = [MacAddress.Parse(FirstPrefixOf("Intel Corporate"))], Source = new SourceLocation("t.csv", 2) };
        var attribution = TestData.Reference.CreateIdentifier().Identify(asset, AsOf);
        Assert.Null(attribution.Manufacturer);
        Assert.Contains(attribution.Notes, n => n.Contains("names a component", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.3.6.1.4.1.4491.1.2", "Cable Television Laboratories", "names the standard")]
    [InlineData("1.3.6.1.4.1.14851.1", "Storage Networking Industry Association", "names the standard")]
    [InlineData("1.3.6.1.4.1.412.2", "Distributed Management Task Force", "names the standard")]
    [InlineData("1.3.6.1.4.1.2699.1", "Printer Working Group", "names the standard")]
    [InlineData("1.3.6.1.4.1.10002.1", "Frogfoot Networks", "names a component")]
    [InlineData("1.3.6.1.4.1.26381", "lwIP", "names a component")]
    [InlineData("1.3.6.1.4.1.12", "Epilogue", "names a component")]
    public void A_standards_body_or_an_snmp_agent_or_network_stack_publishers_enterprise_number_names_what_it_is_not_the_maker(string sysObjectId, string registrant, string meaning)
    {
        var attribution = Identify(new Identifier(IdentifierKind.SysObjectId, sysObjectId), new Identifier(IdentifierKind.SysDescr, "branch-office-3"));
        Assert.Null(attribution.Manufacturer);
        Assert.Contains(attribution.Notes, n => n.Contains(registrant, StringComparison.Ordinal) && n.Contains(meaning, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.3.6.1.4.1.738.1.5.100", "batm")]
    [InlineData("1.3.6.1.4.1.47307.1", "accton")]
    public void An_enterprise_number_registered_under_a_group_or_its_brand_is_answered_with_the_group(string sysObjectId, string expected) =>
        Assert.Equal(expected, Identify(new Identifier(IdentifierKind.SysObjectId, sysObjectId)).Manufacturer?.Id);

    [Theory]
    [InlineData("EX4000-24P", "juniper")]
    [InlineData("EX4650-48Y", "juniper")]
    [InlineData("EX2016-P", "cambium")]
    [InlineData("EX1028-P", "cambium")]
    [InlineData("7720-32C", "extreme-networks")]
    [InlineData("7520-48Y-8C", "extreme-networks")]
    [InlineData("7160-48YC6", "arista")]
    [InlineData("7280SR-48C6", "arista")]
    [InlineData("ES-1024B", "zyxel")]
    [InlineData("ES-24-250W", "ubiquiti")]
    [InlineData("SG6060", "netapp")]
    [InlineData("SG9100", "check-point")]
    [InlineData("CPAP-SG9100-SNBT", "check-point")]
    [InlineData("7100 Security Gateway", "netgate")]
    public void Model_numbers_two_makers_write_alike_are_told_apart_by_each_makers_numbering(string model, string expected) =>
        Assert.Equal(expected, TestData.Reference.CreateIdentifier().Identify(new Asset { Id = "a", Model = model, Source = new SourceLocation("t.csv", 2) }, AsOf).Manufacturer?.Id);

    [Theory]
    [InlineData("1.3.6.1.4.1.890.1.5.8.27", "ES-3124", "zyxel")]
    [InlineData("1.3.6.1.4.1.890.1.5.8.27", "ES-2108PWR", "zyxel")]
    [InlineData("1.3.6.1.4.1.4413", "ES-16-XG, 1.9.3", "ubiquiti")]
    public void Ubiquitis_edge_switch_numbers_name_a_port_count_so_a_four_digit_es_series_stays_with_its_own_maker(string sysObjectId, string sysDescr, string expected) =>
        Assert.Equal(expected, Identify(new Identifier(IdentifierKind.SysObjectId, sysObjectId), new Identifier(IdentifierKind.SysDescr, sysDescr)).Manufacturer?.Id);

    [Theory]
    [InlineData("HP MSA 2050 SAN", "hpe")]
    [InlineData("Integrated Lights-Out 4 2.55", "hpe")]
    [InlineData("Onboard Administrator 4.85", "hpe")]
    [InlineData("HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153", "hp-inc")]
    public void Hewlett_packards_product_lines_are_named_with_the_half_that_makes_them_since_the_split(string sysDescr, string expected) =>
        Assert.Equal(expected, Identify(new Identifier(IdentifierKind.SysDescr, sysDescr)).Manufacturer?.Id);

    [Theory]
    [InlineData("1.3.6.1.4.1.3073.2.3", "overland-tandberg")]
    [InlineData("1.3.6.1.4.1.39145.13", "innovative-circuit-technology")]
    [InlineData("1.3.6.1.4.1.9148.1.1", "oracle")]
    [InlineData("1.3.6.1.4.1.43191.1", "arista")]
    [InlineData("1.3.6.1.4.1.21013.1.2", "cambium")]
    [InlineData("1.3.6.1.4.1.4839.1", "arris")]
    [InlineData("1.3.6.1.4.1.6066.1", "calix")]
    [InlineData("1.3.6.1.4.1.1123.4", "netapp")]
    [InlineData("1.3.6.1.4.1.1457.1", "mcafee")]
    public void An_enterprise_number_of_a_bought_maker_or_line_is_answered_with_todays_maker(string sysObjectId, string expected) =>
        Assert.Equal(expected, Identify(new Identifier(IdentifierKind.SysObjectId, sysObjectId)).Manufacturer?.Id);

    [Fact]
    public void The_operating_systems_maker_is_given_beside_the_devices()
    {
        var attribution = Identify(new Identifier(IdentifierKind.SysObjectId, "1.3.6.1.4.1.8072.3.2.10"), new Identifier(IdentifierKind.SysDescr, "Linux unitrends 3.10.0-862.el7.x86_64 #1 SMP x86_64"));
        Assert.Equal("unitrends", attribution.Manufacturer?.Id);
        Assert.False(attribution.OperatingSystemOnly);
        Assert.Equal("red-hat", attribution.OperatingSystem?.Id);
    }

    [Theory]
    [InlineData("HPE/Aruba", "aruba")]
    [InlineData("Spacesail (Qianfan)", "shanghai-spacecom")]
    [InlineData("China Satellite Communications Co. (China Satcom)", "china-satcom")]
    [InlineData("Cisco-Linksys", "linksys")]
    public void A_declared_name_of_several_parts_resolves_when_its_parts_agree(string declared, string expected)
    {
        var attribution = TestData.Reference.CreateIdentifier().Identify(new Asset { Id = "a", Manufacturer = declared, Provider = declared, Source = new SourceLocation("t.csv", 2) }, AsOf);
        Assert.Equal(expected, attribution.Manufacturer?.Id);
        Assert.Null(attribution.Disagreement);
    }

    [Fact]
    public void Declared_parts_naming_unrelated_companies_are_both_reported()
    {
        var attribution = TestData.Reference.CreateIdentifier().Identify(new Asset { Id = "a", Manufacturer = "Huawei / Cisco", Source = new SourceLocation("t.csv", 2) }, AsOf);
        Assert.NotNull(attribution.Disagreement);
        Assert.Contains(attribution.Claims, c => c.Organisation.Id == "huawei-technologies");
        Assert.Contains(attribution.Claims, c => c.Organisation.Id == "cisco");
    }

    [Theory]
    [InlineData("Smartoptics, DCP-M40-PAM4-ZR 1.2", "smartoptics")]
    [InlineData("Product by Digital China Networks Limited. All rights reserved", "dcn")]
    public void A_listed_makers_name_in_a_description_names_the_maker(string sysDescr, string expected) =>
        Assert.Equal(expected, Identify(new Identifier(IdentifierKind.SysDescr, sysDescr)).Manufacturer?.Id);

    [Theory]
    [InlineData("Alpha release 2.1 of the monitoring agent")]
    [InlineData("digital video encoder 4.2")]
    public void Ordinary_words_that_are_also_company_names_name_no_maker(string sysDescr) =>
        Assert.Null(Identify(new Identifier(IdentifierKind.SysDescr, sysDescr)).Manufacturer);

    private static string FirstPrefixOf(string registrant)
    {
        var line = File.ReadLines(Path.Combine(TestData.Directory, "registries", "ieee-ma-l.tsv")).First(l => l.EndsWith("\t" + registrant, StringComparison.Ordinal));
        var prefix = line[..6];
        return $"{prefix[..2]}:{prefix[2..4]}:{prefix[4..6]}:01:02:03";
    }
}
