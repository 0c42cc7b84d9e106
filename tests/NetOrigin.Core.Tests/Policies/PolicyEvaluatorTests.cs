using NetOrigin.Inventory;
using NetOrigin.Policies;
using static NetOrigin.Tests.MiniData;

namespace NetOrigin.Tests.Policies;

public class PolicyEvaluatorTests
{
    private static readonly DateOnly Today = D("2024-06-01");

    [Fact]
    public void A_listed_makers_core_router_must_be_removed_by_the_deadline()
    {
        var before = Assess(Asset("Acme", AssetRole.Core), "test-pack", D("2023-06-01"));
        Assert.Equal(FindingStatus.ActionRequired, before.Status);
        Assert.Equal(D("2023-12-31"), before.Deadline);

        var after = Assess(Asset("Acme", AssetRole.Core), "test-pack", D("2024-01-01"));
        Assert.Equal(FindingStatus.Violation, after.Status);
        Assert.Equal(D("2023-12-31"), after.Deadline);
    }

    [Fact]
    public void Before_its_effective_date_a_designation_does_not_bite()
    {
        var finding = Assess(Asset("Acme", AssetRole.Core), "test-pack", D("2021-03-11"));
        Assert.Equal(FindingStatus.Compliant, finding.Status);
        Assert.Contains(finding.Evidence, e => e.Text.Contains("not yet in force", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_the_pack_needs_but_the_asset_lacks_makes_the_finding_unknown_naming_the_field()
    {
        var finding = Assess(Asset("Acme"), "test-pack", Today);
        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Equal("role", finding.MissingField);
    }

    [Theory]
    [InlineData("2020-12-31", FindingStatus.Compliant)]
    [InlineData("2021-01-01", FindingStatus.Violation)]
    public void New_installations_are_barred_from_the_date(string acquired, FindingStatus expected)
    {
        var finding = Assess(Asset("Acme", AssetRole.Access, acquired: D(acquired)), "test-pack", Today);
        Assert.Equal(expected, finding.Status);
    }

    [Fact]
    public void An_exception_makes_a_covered_service_exempt_and_names_itself()
    {
        var asset = new Asset { Id = "svc", Provider = "Acme", ServiceType = ServiceType.Roaming, Role = AssetRole.Core, Source = new SourceLocation("t.csv", 2) };
        var finding = Assess(asset, "test-pack", Today);
        Assert.Equal(FindingStatus.Exempt, finding.Status);
        Assert.Contains(finding.Evidence, e => e.Step == "exception" && e.Text.Contains("roaming", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("government-facility", FindingStatus.Violation)]
    [InlineData("commercial", FindingStatus.Compliant)]
    [InlineData(null, FindingStatus.Unknown)]
    public void A_use_limited_entry_covers_only_its_uses(string? use, FindingStatus expected)
    {
        var finding = Assess(Asset("AcmeCam", AssetRole.Surveillance, use), "test-pack", Today);
        Assert.Equal(expected, finding.Status);
    }

    [Fact]
    public void Subsidiaries_are_covered_while_controlled_and_not_after_they_are_sold()
    {
        var beforeSale = Assess(Asset("Spinoff", AssetRole.Core, acquired: D("2019-05-01")), "test-pack", Today);
        Assert.Equal(FindingStatus.Violation, beforeSale.Status);
        Assert.Contains(beforeSale.Evidence, e => e.Text.Contains("subsidiary of Acme Networks", StringComparison.Ordinal));

        var afterSale = Assess(Asset("Spinoff", AssetRole.Core, acquired: D("2022-05-01")), "test-pack", Today);
        Assert.Equal(FindingStatus.Compliant, afterSale.Status);
    }

    [Fact]
    public void Affiliates_under_common_company_control_are_covered_but_not_through_the_state()
    {
        // acme-cams is controlled by acme-group, which also controls the listed acme: an affiliate.
        var affiliate = Assess(Asset("Acme Vision", AssetRole.Core), "test-pack", D("2023-06-01"));
        Assert.Equal(FindingStatus.ActionRequired, affiliate.Status);
        Assert.Contains(affiliate.Evidence, e => e.Text.Contains("affiliate", StringComparison.Ordinal));

        // other-soe shares only the state as controller: not an affiliate.
        var stateSibling = Assess(Asset("Other State Enterprise", AssetRole.Core), "test-pack", D("2023-06-01"));
        Assert.Equal(FindingStatus.Compliant, stateSibling.Status);
    }

    [Fact]
    public void An_unidentified_asset_is_unknown_never_compliant()
    {
        var finding = Assess(new Asset { Id = "x", Source = new SourceLocation("t.csv", 2) }, "test-pack", Today);
        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Equal("manufacturer", finding.MissingField);
    }

    [Fact]
    public void Evidence_runs_from_identifier_to_legal_source()
    {
        var asset = new Asset { Id = "m", Macs = [MacAddress.Parse("A4:BB:CC:00:00:01")], Role = AssetRole.Core, Source = new SourceLocation("t.csv", 2) };
        var finding = Assess(asset, "test-pack", Today);
        Assert.Equal(FindingStatus.Violation, finding.Status);
        Assert.Equal(["identifier", "manufacturer", "owner", "designation", "scope", "obligation", "verdict"], finding.Evidence.Select(e => e.Step));
        Assert.StartsWith("MAC A4:BB:CC:00:00:01 → IEEE MA-L A4BBCC ACME NETWORKS CO.,LTD", finding.Evidence[0].Text, StringComparison.Ordinal);
        Assert.Equal("Test law (Test Parliament, 2020-01-01)", finding.Evidence[3].FirstCitation);
    }

    [Theory]
    [InlineData("state-owned-enterprise", FindingStatus.ActionRequired)]
    [InlineData("commercial", FindingStatus.Compliant)]
    public void Country_of_control_designations_follow_the_controller(string use, FindingStatus expected)
    {
        var finding = Assess(Asset("Western Routers", AssetRole.Core, use), "country-pack", Today);
        Assert.Equal(expected, finding.Status);
        var listedMaker = Assess(Asset("Acme", AssetRole.Core, use), "country-pack", Today);
        Assert.Equal(FindingStatus.Compliant, listedMaker.Status);
    }
}
