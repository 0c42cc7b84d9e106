using System.Globalization;
using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Tests.Policies;

/// <summary>
/// Who runs an asset decides which rules apply: the owner_org is resolved through the organisation data like a
/// maker, and a state-owned operator or an operator of critical information infrastructure brings its assets under
/// rules scoped to such operators, with the evidence saying why.
/// </summary>
public class OperatorContextTests
{
    private static readonly SourceLocation Where = new("inventory.csv", 2);

    [Theory]
    [InlineData("China Mobile")]
    [InlineData("中国移动")]
    [InlineData("China Telecom")]
    [InlineData("China Unicom")]
    public void A_windows_server_run_by_a_chinese_state_carrier_falls_under_document_79(string ownerOrg)
    {
        var finding = Assess(Software("Microsoft", ownerOrg: ownerOrg), "cn-foreign-replacement");

        Assert.Equal(FindingStatus.ActionRequired, finding.Status);
        Assert.Equal(new DateOnly(2027, 12, 31), finding.Deadline);
        var operatorStep = Assert.Single(finding.Evidence, e => e.Kind == EvidenceKind.Operator && e.Text.Contains("is controlled by SASAC (state CN)", StringComparison.Ordinal));
        Assert.NotNull(operatorStep.Sources);
        Assert.Contains("sasac", operatorStep.Facts.Organisations);
        Assert.Contains(finding.Evidence, e => e.Kind == EvidenceKind.Scope && e.Text.Contains("by its operator", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_server_without_an_operator_stays_unknown_and_names_the_field_and_the_fix()
    {
        var finding = Assess(Software("Microsoft"), "cn-foreign-replacement");

        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Equal("use", finding.MissingField);
        var verdict = finding.Evidence[^1];
        Assert.Contains("record 'use'", verdict.Text, StringComparison.Ordinal);
        Assert.Contains("--context", verdict.Text, StringComparison.Ordinal);
        Assert.Contains("owner_org", verdict.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operator_unknown_to_the_organisation_data_is_named_in_the_undecided_scope()
    {
        var finding = Assess(Software("Microsoft", ownerOrg: "Acme Hosting GmbH"), "cn-foreign-replacement");

        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Contains(finding.Evidence, e => e.Kind == EvidenceKind.Scope && e.Text.Contains("'Acme Hosting GmbH' is not in the organisation data", StringComparison.Ordinal));
        Assert.DoesNotContain(finding.Evidence, e => e.Kind == EvidenceKind.Operator);
    }

    [Fact]
    public void A_state_owned_operator_of_another_state_is_not_a_chinese_state_owned_enterprise()
    {
        // A national pack reaches its own state's enterprises: China Mobile is a state-owned enterprise under a
        // Chinese pack, not under a US one, and it operates critical information infrastructure in China only.
        var reference = TestData.Reference;
        var organisation = reference.Resolver.Resolve("China Mobile", D("2025-06-01"))!.Organisation;
        var standing = OperatorStanding.Resolve("China Mobile", D("2025-06-01"), reference.Resolver, reference.Ownership);

        Assert.Equal(organisation.Id, standing.Operator!.Id);
        Assert.Contains(standing.UsesIn("CN"), u => u.Use == OperatorStanding.StateOwnedEnterprise);
        Assert.DoesNotContain(standing.UsesIn("US"), u => u.Use == OperatorStanding.StateOwnedEnterprise);
        Assert.DoesNotContain(standing.UsesIn("US"), u => u.Use == "critical-information-infrastructure");
    }

    [Fact]
    public void Micron_memory_in_a_chinese_carriers_network_is_reached_by_the_cii_purchase_ban()
    {
        var memory = new Asset { Id = "mem-1", Kind = AssetKind.Device, Manufacturer = "Micron", OwnerOrg = "China Telecom", Installed = D("2024-02-01"), Source = Where };
        var finding = Assess(memory, "cn-foreign-replacement");

        Assert.Equal("micron", finding.DesignationId);
        Assert.Equal(FindingStatus.Violation, finding.Status);
        Assert.Contains(finding.Evidence, e => e.Kind == EvidenceKind.Operator && e.Text.Contains("critical-information-infrastructure", StringComparison.Ordinal) && e.Text.Contains("[unverified]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_private_operator_leaves_state_owned_rules_undecided_rather_than_out()
    {
        // The organisation data may not record every owner: absence of a state owner is not proof of none.
        var finding = Assess(Software("Microsoft", ownerOrg: "Viasat"), "cn-foreign-replacement");
        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Equal("use", finding.MissingField);
    }

    [Fact]
    public void Without_a_name_resolver_the_evaluator_reads_the_row_alone()
    {
        var reference = TestData.Reference;
        var asset = Software("Microsoft", ownerOrg: "China Mobile");
        var identification = reference.CreateIdentifier().Identify(asset, D("2025-06-01"));
        var finding = new PolicyEvaluator(reference.Pack("cn-foreign-replacement"), reference.Ownership).Evaluate(asset, identification, D("2025-06-01"));
        Assert.Equal(FindingStatus.Unknown, finding.Status);
    }

    [Fact]
    public void Verdicts_of_assets_alike_but_for_their_operator_are_not_shared()
    {
        var reference = TestData.Reference;
        var evaluator = new PolicyEvaluator(reference.Pack("cn-foreign-replacement"), reference.Ownership, reference.Resolver);
        var identifier = reference.CreateIdentifier();
        var date = D("2025-06-01");
        var state = Software("Microsoft", ownerOrg: "China Mobile");
        var other = Software("Microsoft", ownerOrg: "Acme Hosting GmbH");

        Assert.Equal(FindingStatus.ActionRequired, evaluator.Evaluate(state, identifier.Identify(state, date), date).Status);
        Assert.Equal(FindingStatus.Unknown, evaluator.Evaluate(other, identifier.Identify(other, date), date).Status);
        Assert.Equal(FindingStatus.ActionRequired, evaluator.Evaluate(state, identifier.Identify(state, date), date).Status);
    }

    private static Asset Software(string manufacturer, string? ownerOrg = null) =>
        new() { Id = "srv-1", Kind = AssetKind.Software, Manufacturer = manufacturer, Model = "Windows Server 2019", OwnerOrg = ownerOrg, Source = Where };

    private static Finding Assess(Asset asset, string pack)
    {
        var reference = TestData.Reference;
        var date = D("2025-06-01");
        var identification = reference.CreateIdentifier().Identify(asset, date);
        return new PolicyEvaluator(reference.Pack(pack), reference.Ownership, reference.Resolver).Evaluate(asset, identification, date);
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
