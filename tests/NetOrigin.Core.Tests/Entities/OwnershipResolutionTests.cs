using NetOrigin.Entities;
using NetOrigin.ReferenceData;
using static NetOrigin.Tests.MiniData;

namespace NetOrigin.Tests.Entities;

/// <summary>Resolution mechanics on the mini fixture plus a user file with cycles, two paths and shareless edges.</summary>
public class OwnershipResolutionTests
{
    private const string Extra = """
        sources:
          - {id: s-user, title: User register}
        organisations:
          - {id: twin-a, name: Twin A, kind: holding, country: XA, sources: [s-user]}
          - {id: twin-b, name: Twin B, kind: holding, country: XB, sources: [s-user]}
          - {id: looped, name: Looped Devices, kind: manufacturer, country: XA, sources: [s-user]}
          - {id: joint, name: Joint Venture Devices, kind: manufacturer, country: XB, sources: [s-user]}
          - {id: fund-z, name: Fund Z, kind: fund, country: XB, sources: [s-user]}
        ownership:
          - {owner: twin-a, owned: looped, share: 80, sources: [s-user]}
          - {owner: twin-b, owned: twin-a, share: 60, sources: [s-user]}
          - {owner: twin-a, owned: twin-b, share: 60, sources: [s-user]}
          - {owner: acme, owned: joint, share: 40, sources: [s-user]}
          - {owner: acme-group, owned: joint, share: 30, sources: [s-user]}
          - {owner: fund-z, owned: joint, share: 30, control: true, sources: [s-user], unverified: true}
        """;

    private static readonly Lazy<ReferenceDataSet> WithExtra = new(() =>
        ReferenceDataSet.Load(MiniData.Directory, [TestData.WriteTemp("extra.yaml", Extra)]));

    private static OwnershipResolution Resolve(string id, string date = "2024-01-01") =>
        WithExtra.Value.Ownership.Resolve(id, D(date));

    [Fact]
    public void Effective_share_is_the_product_of_the_shares_on_the_path()
    {
        var resolution = Resolve("acme");
        var path = Assert.Single(resolution.Paths);
        Assert.Equal(["acme-group", "state-x"], path.Steps.Select(s => s.Owner.Id));
        Assert.Equal(60m, path.EffectiveShare);
        Assert.True(path.Controls);
        Assert.Equal([ControlBasis.Majority, ControlBasis.Majority], path.Steps.Select(s => s.Edge.Basis));
        Assert.Equal(["state-x"], resolution.UltimateControllers.Select(o => o.Id));
        Assert.Equal(["XA"], resolution.States);
        Assert.Equal(1.0, resolution.Confidence);
    }

    [Fact]
    public void Every_path_is_found_and_only_controlling_ones_decide_the_controller()
    {
        var resolution = Resolve("joint");
        Assert.Equal(3, resolution.Paths.Count);
        var viaAcme = resolution.Paths.Single(p => p.Steps[0].Owner.Id == "acme");
        Assert.Equal(["acme", "acme-group", "state-x"], viaAcme.Steps.Select(s => s.Owner.Id));
        Assert.Equal(24m, viaAcme.EffectiveShare);
        Assert.False(viaAcme.Controls);
        Assert.Equal(0, viaAcme.ControllingLength);

        // The fund's explicit (unverified) control fact decides; a state sits only on minority paths.
        Assert.Equal(["fund-z"], resolution.UltimateControllers.Select(o => o.Id));
        Assert.Empty(resolution.States);
        Assert.Equal(OwnershipPath.UnverifiedEdgeFactor, resolution.Confidence);
        Assert.True(resolution.HasUnverifiedFacts);
        Assert.Equal(["XB", "XA"], viaAcme.Countries);
    }

    [Fact]
    public void A_cycle_is_cut_and_noted()
    {
        var resolution = Resolve("looped");
        var path = Assert.Single(resolution.Paths);
        Assert.Equal(PathEnd.Cycle, path.End);
        Assert.Equal(["twin-a", "twin-b", "twin-a"], path.Steps.Select(s => s.Owner.Id));
        Assert.Contains(resolution.Notes, n => n.Contains("ownership cycle", StringComparison.Ordinal));
        Assert.Equal(["twin-b"], resolution.UltimateControllers.Select(o => o.Id));
    }

    [Fact]
    public void Explicit_control_without_majority_and_missing_shares_are_reported()
    {
        var resolution = Resolve("acme-cams");
        var path = resolution.Paths[0];
        Assert.Equal(ControlBasis.Explicit, path.Steps[0].Edge.Basis);
        Assert.True(path.Unverified);
        Assert.True(resolution.Confidence < 1.0);
        Assert.Contains(resolution.Sources, s => s.Id == "s-weak");
    }

    [Fact]
    public void Missing_owners_on_the_date_are_noted()
    {
        var before = Resolve("spinoff", "2020-11-16");
        Assert.Equal(["state-x"], before.UltimateControllers.Select(o => o.Id));
        var after = Resolve("spinoff", "2021-01-01");
        Assert.Equal(["buyer"], after.UltimateControllers.Select(o => o.Id));
        Assert.Empty(after.States);
        var alone = Resolve("western");
        Assert.Empty(alone.Paths);
        Assert.Equal(["western"], alone.UltimateControllers.Select(o => o.Id));
        Assert.Contains(alone.Notes, n => n.Contains("no owner", StringComparison.Ordinal));
    }

    [Fact]
    public void The_primary_chain_is_the_control_chain_assess_reports()
    {
        var resolution = Resolve("acme");
        var chain = WithExtra.Value.Ownership.ControlChainOf("acme", D("2024-01-01"));
        Assert.Equal(chain.Links.Select(l => l.Organisation.Id), resolution.PrimaryChain.Links.Select(l => l.Organisation.Id));
    }
}
