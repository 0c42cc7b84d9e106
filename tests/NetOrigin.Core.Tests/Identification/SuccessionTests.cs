using NetOrigin.Entities;
using NetOrigin.Inventory;

namespace NetOrigin.Tests.Identification;

/// <summary>
/// Registry names of companies bought, merged or renamed years ago are answered with the maker that stands behind
/// their products on the date asked, and the path there is told.
/// </summary>
public class SuccessionTests
{
    private static Organisation? Maker(string name, int year, int month = 6, int day = 30) =>
        TestData.Reference.Resolver.Resolve(name, new DateOnly(year, month, day))?.Organisation;

    [Theory]
    [InlineData("Compaq", 2026, "hpe")]
    [InlineData("Compaq", 2010, "hp-inc")]
    [InlineData("Compaq", 2000, "compaq")]
    [InlineData("SynOptics", 2026, "extreme-networks")]
    [InlineData("SynOptics", 2005, "nortel")]
    [InlineData("Bay Networks", 2012, "avaya-networking")]
    [InlineData("Foundry Networks", 2026, "brocade")]
    [InlineData("Sonus Networks, Inc.", 2026, "ribbon")]
    [InlineData("Hewlett-Packard", 2026, "hp-inc")]
    public void A_registrant_is_answered_with_its_successor_on_the_date(string registrant, int year, string expected) =>
        Assert.Equal(expected, Maker(registrant, year)?.Id);

    [Fact]
    public void One_identifier_answers_each_declared_name_with_the_maker_on_that_rows_purchase_date()
    {
        // Rows of one run share remembered claims; rows bought on either side of a succession must still differ.
        var identifier = TestData.Reference.CreateIdentifier();
        var asOf = new DateOnly(2026, 6, 30);
        string? Answer(DateOnly acquired) => identifier.Identify(
            new Asset { Id = "a", Manufacturer = "Compaq", Acquired = acquired, Source = new SourceLocation("t.csv", 2) }, asOf).Manufacturer?.Id;

        Assert.Equal("compaq", Answer(new DateOnly(2001, 1, 10)));
        Assert.Equal("compaq", Answer(new DateOnly(2001, 3, 20)));
        Assert.Equal("hp-inc", Answer(new DateOnly(2002, 5, 3)));
        Assert.Equal("hp-inc", Answer(new DateOnly(2010, 8, 1)));
        Assert.Equal("hpe", Answer(new DateOnly(2015, 11, 1)));
        Assert.Equal("compaq", Answer(new DateOnly(2002, 5, 2)));
    }

    [Fact]
    public void A_company_whose_product_lines_went_several_ways_is_kept_and_the_split_is_told()
    {
        var resolution = TestData.Reference.Resolver.Resolve("Foundry Networks", new DateOnly(2026, 6, 30))!;
        Assert.Equal("brocade", resolution.Organisation.Id);
        Assert.Equal("foundry", resolution.Named.Id);
        Assert.Contains("acquired by Brocade", resolution.Explanation, StringComparison.Ordinal);
        Assert.Contains("product lines passed to Extreme Networks", resolution.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_evidence_names_each_event_on_the_way()
    {
        var explanation = TestData.Reference.Resolver.Resolve("Compaq", new DateOnly(2026, 6, 30))!.Explanation;
        Assert.Contains("acquired by HP Inc. on 2002-05-03", explanation, StringComparison.Ordinal);
        Assert.Contains("product line passed to Hewlett Packard Enterprise Company on 2015-11-01", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_organisation_lookup_for_org_show_does_not_follow_succession() =>
        Assert.Equal("compaq", TestData.Reference.Resolver.ResolveNamed("Compaq", new DateOnly(2026, 6, 30))?.Organisation.Id);

    [Fact]
    public void Every_succession_event_names_known_organisations_and_a_source()
    {
        var graph = TestData.Reference.Graph;
        Assert.NotEmpty(graph.Successions);
        Assert.All(graph.Successions, e =>
        {
            Assert.True(graph.TryGet(e.PredecessorId, out _), e.DefinedAt);
            Assert.True(graph.TryGet(e.SuccessorId, out _), e.DefinedAt);
            Assert.NotEmpty(e.Sources);
            Assert.True(!e.Sources.All(s => s.Unverified) || e.Unverified, e.DefinedAt);
        });
    }

    [Fact]
    public void A_succession_event_with_an_unknown_kind_is_rejected_with_file_and_line()
    {
        var directory = Path.Combine(Path.GetTempPath(), "netorigin-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "a.yaml"), """
            organisations:
              - {id: old-co, name: Old Co, kind: manufacturer, sources: [data-author-background-knowledge]}
              - {id: new-co, name: New Co, kind: manufacturer, sources: [data-author-background-knowledge]}
            succession:
              - {predecessor: old-co, successor: new-co, date: 2020-01-01, event: absorbed, sources: [data-author-background-knowledge]}
            """);
        var error = Assert.Throws<NetOrigin.ReferenceData.ReferenceDataException>(() => OrganisationGraphLoader.Load(directory, TestData.Reference.Sources));
        Assert.Contains("a.yaml:5", error.Message, StringComparison.Ordinal);
        Assert.Contains("event 'absorbed'", error.Message, StringComparison.Ordinal);
    }
}
