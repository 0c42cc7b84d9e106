using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Policies.Waivers;
using NetOrigin.ReferenceData;
using static NetOrigin.Tests.Policies.ShippedPackCaseTests;

namespace NetOrigin.Tests.Policies;

public class WaiverTests
{
    private const string Waivers = """
        waivers:
          - id: W-12
            scope:
              asset_ids: [huawei-core]
              pack: uk-huawei-designated-vendor
              obligation: core-removal
            justification: replacement core on order, cut-over planned
            approver: Jane Doe, CISO
            granted: 2024-01-15
            expires: 2024-12-31
        """;

    [Theory]
    [InlineData("2024-01-14", FindingStatus.Violation)]
    [InlineData("2024-06-30", FindingStatus.Waived)]
    [InlineData("2024-12-31", FindingStatus.Violation)]
    public void A_waiver_applies_only_from_its_grant_until_it_expires(string asOf, FindingStatus expected)
    {
        var book = WaiverBook.Load(TestData.WriteTemp("waivers.yaml", Waivers), TestData.Reference.Graph);
        var finding = book.Apply(HuaweiCore(asOf), D(asOf));
        Assert.Equal(expected, finding.Status);
    }

    [Fact]
    public void A_waived_finding_keeps_what_it_would_have_been_and_who_approved_it()
    {
        var book = WaiverBook.Load(TestData.WriteTemp("waivers.yaml", Waivers), TestData.Reference.Graph);
        var finding = book.Apply(HuaweiCore("2024-06-30"), D("2024-06-30"));
        var step = Assert.Single(finding.Evidence, e => e.Step == "waiver");
        Assert.StartsWith("would be violation (deadline 2023-12-31); waived by W-12 (Jane Doe, CISO, granted 2024-01-15, expires 2024-12-31)", step.Text, StringComparison.Ordinal);
        Assert.Contains("replacement core on order", step.Text, StringComparison.Ordinal);
        Assert.Equal(D("2023-12-31"), finding.Deadline);
    }

    [Fact]
    public void A_waiver_for_another_obligation_or_asset_does_not_apply()
    {
        var other = Waivers.Replace("core-removal", "all-5g-removal", StringComparison.Ordinal);
        var book = WaiverBook.Load(TestData.WriteTemp("waivers.yaml", other), TestData.Reference.Graph);
        Assert.Equal(FindingStatus.Violation, book.Apply(HuaweiCore("2024-06-30"), D("2024-06-30")).Status);
    }

    [Theory]
    [InlineData("expires: 2024-12-31", "", "'expires' is required")]
    [InlineData("approver: Jane Doe, CISO", "approvr: x", "'approver' is required")]
    [InlineData("asset_ids: [huawei-core]", "manufacturers: [no-such-org]", "manufacturer 'no-such-org' is not a known organisation id")]
    [InlineData("expires: 2024-12-31", "expires: 2024-01-01", "not after it is granted")]
    public void Bad_waivers_are_errors_naming_file_and_line(string from, string to, string message)
    {
        var path = TestData.WriteTemp("waivers.yaml", Waivers.Replace(from, to, StringComparison.Ordinal));
        var error = Assert.Throws<ReferenceDataException>(() => WaiverBook.Load(path, TestData.Reference.Graph));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Matches(@"waivers\.yaml:\d+: ", error.Message);
    }

    [Fact]
    public void Expiry_windows_are_computed_from_the_as_of_date()
    {
        var waiver = WaiverBook.Load(TestData.WriteTemp("waivers.yaml", Waivers)).Waivers[0];
        Assert.True(waiver.ExpiresWithin(D("2024-12-15"), 30));
        Assert.False(waiver.ExpiresWithin(D("2024-06-30"), 30));
        Assert.Equal(WaiverState.Expired, waiver.StateOn(D("2025-01-01")));
    }

    private static Finding HuaweiCore(string asOf)
    {
        var asset = new Asset { Id = "huawei-core", Kind = AssetKind.Device, Manufacturer = "Huawei", Role = AssetRole.Core, Technologies = ["5g"], Acquired = D("2019-01-01"), Source = Where };
        return Assess(asset, "uk-huawei-designated-vendor", asOf);
    }
}
