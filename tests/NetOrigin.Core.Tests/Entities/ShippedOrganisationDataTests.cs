using NetOrigin.Entities;
using static NetOrigin.Tests.TestData;

namespace NetOrigin.Tests.Entities;

/// <summary>The shipped organisation data keeps its bars: every fact sourced, ids resolve, dates ordered, shares sane.</summary>
public class ShippedOrganisationDataTests
{
    private static OrganisationGraph Graph => Reference.Graph;

    [Fact]
    public void The_data_check_finds_no_errors()
    {
        var errors = OrganisationDataCheck.Check(Graph).Where(i => i.Severity == DataIssueSeverity.Error).Select(i => i.ToString()).ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Name_collisions_between_organisations_are_none_or_known()
    {
        // A collision makes the name resolve to neither organisation; each one must be a deliberate decision.
        var warnings = OrganisationDataCheck.Check(Graph).Where(i => i.Severity == DataIssueSeverity.Warning).Select(i => i.ToString()).ToList();
        Assert.Empty(warnings);
    }

    [Fact]
    public void Every_fact_names_a_source()
    {
        Assert.All(Graph.Edges, e => Assert.NotEmpty(e.Sources));
        Assert.All(Graph.Organisations, o => Assert.NotEmpty(o.Sources));
        Assert.All(Graph.Brands, b => Assert.NotEmpty(b.Sources));
        Assert.All(Graph.OemRelations, r => Assert.NotEmpty(r.Sources));
    }

    [Fact]
    public void Facts_backed_only_by_unverified_sources_are_flagged_unverified()
    {
        Assert.All(Graph.Edges.Where(e => e.Sources.All(s => s.Unverified)), e => Assert.True(e.Unverified, e.DefinedAt));
        Assert.All(Graph.Organisations.Where(o => o.Sources.All(s => s.Unverified)), o => Assert.True(o.Unverified, o.DefinedAt));
    }

    [Fact]
    public void Edges_refer_to_known_organisations_with_ordered_dates_and_shares_within_0_to_100()
    {
        Assert.All(Graph.Edges, e =>
        {
            Assert.True(Graph.TryGet(e.OwnerId, out _), e.DefinedAt);
            Assert.True(Graph.TryGet(e.OwnedId, out _), e.DefinedAt);
            Assert.True(e.From is null || e.To is null || e.From < e.To, e.DefinedAt);
            Assert.True(e.Share is null or (>= 0 and <= 100), e.DefinedAt);
        });
        Assert.All(Graph.Brands, b => Assert.True(Graph.TryGet(b.OwnerId, out _), b.DefinedAt));
    }

    [Fact]
    public void State_bodies_name_their_state()
    {
        Assert.All(Graph.Organisations.Where(o => o.IsStateBody), o => Assert.NotNull(o.State));
    }
}
