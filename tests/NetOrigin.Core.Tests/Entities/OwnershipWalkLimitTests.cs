using System.Text;
using NetOrigin.Entities;
using NetOrigin.ReferenceData;
using static NetOrigin.Tests.MiniData;

namespace NetOrigin.Tests.Entities;

/// <summary>Bad or huge user data cannot make the walk run away: long chains and path explosions are cut and noted.</summary>
public class OwnershipWalkLimitTests
{
    private static ReferenceDataSet Load(Action<StringBuilder, StringBuilder> build)
    {
        var organisations = new StringBuilder("organisations:\n");
        var ownership = new StringBuilder("ownership:\n");
        build(organisations, ownership);
        return ReferenceDataSet.Load(MiniData.Directory, [TestData.WriteTemp("big.yaml", organisations.Append(ownership).ToString())]);
    }

    private static void Organisation(StringBuilder into, string id) =>
        into.Append("  - {id: ").Append(id).Append(", name: ").Append(id).Append(", kind: holding, sources: [s-owner]}\n");

    private static void Edge(StringBuilder into, string owner, string owned, int share) =>
        into.Append("  - {owner: ").Append(owner).Append(", owned: ").Append(owned).Append(", share: ").Append(share).Append(", sources: [s-owner]}\n");

    [Fact]
    public void A_chain_longer_than_the_depth_limit_is_cut_and_noted()
    {
        var data = Load((orgs, edges) =>
        {
            for (var i = 0; i <= OwnershipResolver.MaxDepth + 3; i++)
            {
                Organisation(orgs, $"link-{i}");
                if (i > 0)
                {
                    Edge(edges, $"link-{i}", $"link-{i - 1}", 100);
                }
            }
        });
        var resolution = data.Ownership.Resolve("link-0", D("2024-01-01"));
        var path = Assert.Single(resolution.Paths);
        Assert.Equal(PathEnd.DepthLimit, path.End);
        Assert.Equal(OwnershipResolver.MaxDepth, path.Steps.Count);
        Assert.Contains(resolution.Notes, n => n.Contains("longer than", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_explosion_is_bounded_and_noted()
    {
        // Twelve layers of two owners each holding half of both organisations below: 4096 paths.
        var data = Load((orgs, edges) =>
        {
            Organisation(orgs, "bottom");
            for (var layer = 1; layer <= 12; layer++)
            {
                foreach (var side in new[] { "a", "b" })
                {
                    Organisation(orgs, $"l{layer}{side}");
                    foreach (var below in layer == 1 ? new[] { "bottom" } : [$"l{layer - 1}a", $"l{layer - 1}b"])
                    {
                        Edge(edges, $"l{layer}{side}", below, 50);
                    }
                }
            }
        });
        var resolution = data.Ownership.Resolve("bottom", D("2024-01-01"));
        Assert.True(resolution.Paths.Count <= 500);
        Assert.Contains(resolution.Notes, n => n.Contains("more than 500 ownership paths", StringComparison.Ordinal));
        Assert.Equal(["bottom"], resolution.UltimateControllers.Select(o => o.Id));
        Assert.All(resolution.Paths, p => Assert.Equal(100m / 4096m, p.EffectiveShare));
    }
}
