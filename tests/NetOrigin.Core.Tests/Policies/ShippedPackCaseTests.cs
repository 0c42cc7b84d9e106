using System.Globalization;
using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Tests.Policies;

/// <summary>Real cases against the shipped packs and organisation data: the status and deadline a user must get.</summary>
public class ShippedPackCaseTests
{
    [Theory]
    [InlineData("retail", FindingStatus.Compliant)]
    [InlineData("government-facility", FindingStatus.Violation)]
    public void A_hikvision_camera_is_covered_at_a_government_facility_but_not_in_a_shop(string use, FindingStatus expected)
    {
        var camera = Device("Hikvision", AssetRole.Surveillance, use: use);
        Assert.Equal(expected, Assess(camera, "us-fcc-covered-list", "2025-06-01").Status);
        Assert.Equal(expected, Assess(camera, "us-ndaa-889", "2025-06-01").Status);
    }

    [Fact]
    public void An_ezviz_camera_at_a_power_substation_is_hikvision_equipment_for_critical_infrastructure()
    {
        var finding = Assess(Device("EZVIZ", AssetRole.Surveillance, use: "critical-infrastructure"), "us-fcc-covered-list", "2025-06-01");
        Assert.Equal(FindingStatus.Violation, finding.Status);
        Assert.Equal("hikvision", finding.DesignationId);
    }

    [Fact]
    public void A_service_used_only_for_roaming_is_exempt_under_section_889()
    {
        var roaming = new Asset { Id = "roam-1", Kind = AssetKind.Service, Provider = "Huawei", ServiceType = ServiceType.Roaming, Source = Where };
        var finding = Assess(roaming, "us-ndaa-889", "2025-06-01");
        Assert.Equal(FindingStatus.Exempt, finding.Status);
        Assert.Contains(finding.Evidence, e => e.Step == "exception" && e.Text.Contains("backhaul-roaming-interconnection", StringComparison.Ordinal));

        var transit = new Asset { Id = "transit-1", Kind = AssetKind.Service, Provider = "Huawei", ServiceType = ServiceType.Transit, Source = Where };
        Assert.Equal(FindingStatus.Violation, Assess(transit, "us-ndaa-889", "2025-06-01").Status);
    }

    [Theory]
    [InlineData("2023-06-30", FindingStatus.ActionRequired, "2023-12-31")]
    [InlineData("2024-06-30", FindingStatus.Violation, "2023-12-31")]
    public void A_huawei_5g_core_router_under_the_uk_directions(string asOf, FindingStatus status, string deadline)
    {
        var finding = Assess(Device("Huawei", AssetRole.Core, acquired: "2019-03-01"), "uk-huawei-designated-vendor", asOf);
        Assert.Equal(status, finding.Status);
        Assert.Equal(D(deadline), finding.Deadline);
    }

    [Theory]
    [InlineData("2026-06-30", FindingStatus.ActionRequired)]
    [InlineData("2027-03-31", FindingStatus.Violation)]
    public void A_huawei_5g_core_under_the_german_agreements(string asOf, FindingStatus status)
    {
        var finding = Assess(Device("Huawei", AssetRole.Core, acquired: "2020-01-15"), "de-5g-2024", asOf);
        Assert.Equal(status, finding.Status);
        Assert.Equal(D("2026-12-31"), finding.Deadline);
    }

    [Fact]
    public void A_cisco_router_of_a_chinese_state_owned_enterprise_is_not_reached_by_a_published_rule()
    {
        // Document 79 targets foreign software; the earlier replacement of Cisco hardware followed no published rule.
        var router = Device("Cisco", AssetRole.Core, use: "state-owned-enterprise");
        var finding = Assess(router, "cn-foreign-replacement", "2025-06-01");
        Assert.Equal(FindingStatus.Compliant, finding.Status);
        Assert.Contains(finding.Evidence, e => e.Text.Contains("Cisco", StringComparison.Ordinal));
    }

    [Fact]
    public void Cisco_software_of_a_chinese_state_owned_enterprise_must_be_replaced_by_2027()
    {
        var software = new Asset { Id = "ios-1", Kind = AssetKind.Software, Manufacturer = "Cisco", Use = "state-owned-enterprise", Source = Where };
        var finding = Assess(software, "cn-foreign-replacement", "2025-06-01");
        Assert.Equal(FindingStatus.ActionRequired, finding.Status);
        Assert.Equal(D("2027-12-31"), finding.Deadline);
        Assert.Contains(finding.Evidence, e => e.Step == "obligation" && e.Text.Contains("[unverified]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Qianfan", FindingStatus.ActionRequired)]
    [InlineData("Starlink", FindingStatus.Compliant)]
    public void Satellite_services_controlled_from_china_are_flagged_but_never_as_violations(string provider, FindingStatus expected)
    {
        var service = new Asset { Id = "sat-1", Kind = AssetKind.Service, Provider = provider, ServiceType = ServiceType.Satellite, Source = Where };
        var finding = Assess(service, "us-untrusted-satellite", "2025-06-01");
        Assert.Equal(expected, finding.Status);
        Assert.Null(finding.Deadline);
    }

    [Theory]
    [InlineData("2019-06-01", FindingStatus.Violation)]
    [InlineData("2022-06-01", FindingStatus.Compliant)]
    public void An_honor_router_is_huawei_equipment_only_if_bought_before_the_2020_sale(string acquired, FindingStatus expected)
    {
        var finding = Assess(Device("Honor", AssetRole.Cpe, acquired: acquired), "us-fcc-covered-list", "2025-06-01");
        Assert.Equal(expected, finding.Status);
    }

    [Fact]
    public void An_unidentified_device_is_unknown_under_every_shipped_pack()
    {
        var blank = new Asset { Id = "blank", Role = AssetRole.Core, Source = Where };
        foreach (var pack in TestData.Reference.PackIds)
        {
            var finding = Assess(blank, pack, "2025-06-01");
            Assert.Equal(FindingStatus.Unknown, finding.Status);
            Assert.Equal("manufacturer", finding.MissingField);
        }
    }

    [Theory]
    [InlineData("2025-12-21", FindingStatus.Compliant)]
    [InlineData("2025-12-22", FindingStatus.Violation)]
    public void Dji_drones_are_covered_from_the_december_2025_addition(string asOf, FindingStatus expected)
    {
        var drone = Device("DJI", AssetRole.Other, origin: "CN");
        Assert.Equal(expected, Assess(drone, "us-fcc-covered-list", asOf).Status);
    }

    internal static readonly SourceLocation Where = new("case.csv", 2);

    internal static Asset Device(string maker, AssetRole role, string? use = null, string? acquired = null, string? origin = null) => new()
    {
        Id = $"{maker}-{role}".ToLowerInvariant(),
        Kind = AssetKind.Device,
        Manufacturer = maker,
        Role = role,
        Use = use,
        Acquired = acquired is null ? null : D(acquired),
        OriginCountry = origin,
        Technologies = ["5g"],
        Source = Where,
    };

    internal static Finding Assess(Asset asset, string pack, string asOf)
    {
        var date = D(asOf);
        var reference = TestData.Reference;
        var identification = reference.CreateIdentifier().Identify(asset, date);
        var finding = new PolicyEvaluator(reference.Pack(pack), reference.Ownership).Evaluate(asset, identification, date);
        if (finding.Status is FindingStatus.Violation or FindingStatus.ActionRequired or FindingStatus.Exempt)
        {
            // Every verdict that accuses or excuses must end at a dated legal source.
            Assert.Contains(finding.Evidence, e => e.Step is "designation" or "obligation" or "exception" && e.Sources is { } sources && sources.Any(s => s.Date is not null));
        }

        return finding;
    }

    internal static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
