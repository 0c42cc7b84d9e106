using NetOrigin.Entities;
using NetOrigin.ReferenceData;
using static NetOrigin.Tests.MiniData;

namespace NetOrigin.Tests.Entities;

/// <summary>A user's organisation files merge over the shipped data; conflicts are errors naming both places.</summary>
public class UserOrganisationFileTests
{
    private static ReferenceDataSet Load(string content) =>
        ReferenceDataSet.Load(MiniData.Directory, [TestData.WriteTemp("mine.yaml", content)]);

    [Fact]
    public void A_user_file_adds_a_private_supplier_and_its_owner_with_its_own_source()
    {
        var data = Load("""
            sources:
              - {id: my-contract, title: Reseller agreement 2023}
            organisations:
              - {id: my-reseller, name: Local Reseller Ltd, kind: other, country: GB, sources: [my-contract]}
            ownership:
              - {owner: acme, owned: my-reseller, share: 75, from: 2023-01-01, sources: [my-contract]}
            """);
        var resolution = data.Ownership.Resolve("my-reseller", D("2024-01-01"));
        Assert.Equal(["state-x"], resolution.UltimateControllers.Select(o => o.Id));
        Assert.Equal(45m, resolution.Paths[0].EffectiveShare);
        Assert.Equal(["GB", "XA"], resolution.Paths[0].Countries);
    }

    [Fact]
    public void An_operator_use_is_read_with_its_sources_and_a_bad_one_is_an_error_naming_its_line()
    {
        var data = Load("sources:\n  - {id: my-designation, title: Designation letter 2024}\n" + Carrier("{use: Critical Information Infrastructure, sources: [my-designation]}"));
        var use = Assert.Single(data.Graph["my-carrier"].OperatorUses);
        Assert.Equal("critical-information-infrastructure", use.Use);
        Assert.Equal(["my-designation"], use.Sources.Select(s => s.Id));

        var unknown = Assert.Throws<ReferenceDataException>(() => Load(Carrier("{use: retail, sources: [s-owner]}")));
        Assert.Contains("mine.yaml:8", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("operator use 'retail' is not one of", unknown.Message, StringComparison.Ordinal);

        var unsourced = Assert.Throws<ReferenceDataException>(() => Load(Carrier("{use: state-owned-enterprise}")));
        Assert.Contains("'sources' is required", unsourced.Message, StringComparison.Ordinal);
    }

    /// <summary>A user file with one carrier whose operator_uses holds <paramref name="use"/>; the use is on line 8.</summary>
    private static string Carrier(string use) => $"""
        organisations:
          - id: my-carrier
            name: Regional Carrier Ltd
            kind: operator
            country: XA
            sources: [s-owner]
            operator_uses:
              - {use}
        """;

    [Fact]
    public void Redefining_a_shipped_organisation_is_an_error_naming_both_places()
    {
        var ex = Assert.Throws<ReferenceDataException>(() => Load("""
            organisations:
              - {id: acme, name: Acme Other, kind: manufacturer, sources: [s-owner]}
            """));
        Assert.Contains("mine.yaml:2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("acme.yaml:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("replaces: true", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replaces_true_takes_the_place_of_the_shipped_entry_and_keeps_its_edges()
    {
        var data = Load("""
            organisations:
              - {id: acme, name: Acme Renamed, kind: manufacturer, country: XA, replaces: true, sources: [s-owner]}
            """);
        Assert.Equal("Acme Renamed", data.Graph["acme"].Name);
        Assert.Equal(["state-x"], data.Ownership.Resolve("acme", D("2024-01-01")).UltimateControllers.Select(o => o.Id));
    }

    [Fact]
    public void Replaces_true_without_a_shipped_entry_is_an_error()
    {
        var ex = Assert.Throws<ReferenceDataException>(() => Load("""
            organisations:
              - {id: nobody, name: Nobody, kind: other, replaces: true, sources: [s-owner]}
            """));
        Assert.Contains("no shipped organisation", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlapping_duplicate_ownership_edge_is_an_error_naming_both_places()
    {
        var ex = Assert.Throws<ReferenceDataException>(() => Load("""
            ownership:
              - {owner: acme-group, owned: acme, share: 90, from: 2023-01-01, sources: [s-owner]}
            """));
        Assert.Contains("mine.yaml:2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("overlaps the edge at", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_name_file_and_line()
    {
        var ex = Assert.Throws<ReferenceDataException>(() => Load("""
            ownership:
              - {owner: acme, owned: ghost, share: 10, sources: [s-owner]}
            """));
        Assert.Contains("mine.yaml:2: owned 'ghost' is not a known organisation id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Alias_collisions_between_organisations_are_reported_as_warnings()
    {
        var data = Load("""
            organisations:
              - {id: acme-clone, name: Acme Clone Inc, aliases: ["ACME NETWORKS CO., LTD."], kind: manufacturer, sources: [s-owner]}
            """);
        var issue = Assert.Single(OrganisationDataCheck.Check(data.Graph));
        Assert.Equal(DataIssueSeverity.Warning, issue.Severity);
        Assert.Contains("acme networks", issue.Message, StringComparison.Ordinal);
        Assert.Contains("acme-clone", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shares_above_100_percent_on_a_day_are_errors()
    {
        var data = Load("""
            ownership:
              - {owner: buyer, owned: acme, share: 30, from: 2022-01-01, sources: [s-owner]}
            """);
        var issue = Assert.Single(OrganisationDataCheck.Check(data.Graph));
        Assert.Equal(DataIssueSeverity.Error, issue.Severity);
        Assert.Contains("130%", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_controlling_owners_are_a_warning_and_both_are_ultimate_controllers()
    {
        var data = Load("""
            ownership:
              - {owner: buyer, owned: acme, control: true, sources: [s-owner]}
            """);
        var issue = Assert.Single(OrganisationDataCheck.Check(data.Graph));
        Assert.Equal(DataIssueSeverity.Warning, issue.Severity);
        Assert.Contains("2 controlling owners", issue.Message, StringComparison.Ordinal);
        var resolution = data.Ownership.Resolve("acme", D("2024-01-01"));
        Assert.Equal(["buyer", "state-x"], resolution.UltimateControllers.Select(o => o.Id).Order(StringComparer.Ordinal));
        Assert.Contains(resolution.Notes, n => n.Contains("2 controlling owners", StringComparison.Ordinal));
    }

    [Fact]
    public void A_brand_two_organisations_hold_at_once_is_a_warning()
    {
        var data = Load("""
            brands:
              - {name: ACMECAM, owner: buyer, sources: [s-owner]}
            """);
        var issue = Assert.Single(OrganisationDataCheck.Check(data.Graph));
        Assert.Contains("brand 'ACMECAM' of buyer overlaps", issue.Message, StringComparison.Ordinal);
    }
}
