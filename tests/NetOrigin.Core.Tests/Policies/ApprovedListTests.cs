using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Policies.Approval;
using static NetOrigin.Tests.Policies.ShippedPackCaseTests;

namespace NetOrigin.Tests.Policies;

public class ApprovedListTests
{
    private const string Pack = """
        id: approved-only
        title: Approved makers only in the core
        jurisdiction: US
        version: 2025-01-01
        sources: [ndaa-889]
        requires_approved_list: true
        approved_list_scope:
          roles: [core]
        designations:
          - id: huawei
            organisation: huawei-technologies
            sources: [ndaa-889]
        """;

    private const string List = """
        approved:
          - id: nokia-core
            manufacturer: nokia
            roles: [core]
            conditions: firmware signed by the vendor
            approver: Procurement board
            expires: 2026-01-01
          - id: cisco-8000
            product: "8*"
            manufacturer: cisco
            approver: Procurement board
        """;

    [Theory]
    [InlineData("Nokia", "2025-06-01", FindingStatus.Compliant, "is approved here by entry 'nokia-core'")]
    [InlineData("Nokia", "2026-03-01", FindingStatus.ActionRequired, "approval of Nokia")]
    [InlineData("Ericsson", "2025-06-01", FindingStatus.ActionRequired, "no entry of the approved list")]
    public void An_asset_outside_the_approved_list_needs_action(string maker, string asOf, FindingStatus expected, string because)
    {
        var finding = Check(Device(maker, AssetRole.Core), asOf, withList: true);
        Assert.Equal(expected, finding.Status);
        Assert.Contains(finding.Evidence, e => e.Step == "approved list" && e.Text.Contains(because, StringComparison.Ordinal));
        if (expected != FindingStatus.Compliant)
        {
            Assert.Equal(ApprovedList.DesignationId, finding.DesignationId);
        }
    }

    [Fact]
    public void Without_the_list_a_pack_that_requires_it_cannot_decide()
    {
        var finding = Check(Device("Nokia", AssetRole.Core), "2025-06-01", withList: false);
        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Equal("approved list", finding.MissingField);
    }

    [Fact]
    public void Assets_outside_the_list_scope_and_designated_makers_keep_their_verdict()
    {
        Assert.Equal(FindingStatus.Compliant, Check(Device("Ericsson", AssetRole.Access), "2025-06-01", withList: true).Status);
        Assert.Equal(FindingStatus.Violation, Check(Device("Huawei", AssetRole.Core), "2025-06-01", withList: true).Status);
    }

    [Fact]
    public void A_product_pattern_approves_matching_models_only()
    {
        var approved = new Asset { Id = "r", Kind = AssetKind.Device, Manufacturer = "Cisco", Model = "8201-32FH", Role = AssetRole.Core, Source = Where };
        Assert.Equal(FindingStatus.Compliant, Check(approved, "2025-06-01", withList: true).Status);
        var other = new Asset { Id = "r", Kind = AssetKind.Device, Manufacturer = "Cisco", Model = "ASR-9001", Role = AssetRole.Core, Source = Where };
        Assert.Equal(FindingStatus.ActionRequired, Check(other, "2025-06-01", withList: true).Status);
    }

    private static Finding Check(Asset asset, string asOf, bool withList)
    {
        var reference = TestData.Reference;
        var pack = PolicyPackLoader.Load(TestData.WriteTemp("approved-only.yaml", Pack), reference.Sources, reference.Graph);
        var list = withList ? ApprovedList.Load(TestData.WriteTemp("approved.yaml", List), reference.Graph) : null;
        var date = D(asOf);
        var finding = new PolicyEvaluator(pack, reference.Ownership).Evaluate(asset, reference.CreateIdentifier().Identify(asset, date), date);
        return ApprovedList.Check(list, pack, finding, date);
    }
}
