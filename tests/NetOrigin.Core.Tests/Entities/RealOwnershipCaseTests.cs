using NetOrigin.Entities;
using static NetOrigin.Tests.TestData;

namespace NetOrigin.Tests.Entities;

/// <summary>The ownership cases the product promises, resolved on the shipped data as of the dates that matter.</summary>
public class RealOwnershipCaseTests
{
    private static OwnershipResolution Resolve(string id, string date) => Reference.Ownership.Resolve(id, MiniData.D(date));

    private static bool IsControlledBy(OwnershipResolution resolution, string ownerId) =>
        resolution.Paths.Any(p => p.Steps.Take(p.ControllingLength).Any(s => s.Owner.Id == ownerId));

    [Theory]
    [InlineData("2019-06-01")]
    [InlineData("2020-11-16")]
    public void Honor_is_huawei_before_the_sale(string date)
    {
        var resolution = Resolve("honor-device", date);
        Assert.True(IsControlledBy(resolution, "huawei-technologies"));
        Assert.Equal(["huawei-tuc"], resolution.UltimateControllers.Select(o => o.Id));
        Assert.Empty(resolution.States);
    }

    [Theory]
    [InlineData("2020-11-17")]
    [InlineData("2025-06-01")]
    public void Honor_is_not_huawei_from_the_sale_on_and_its_state_control_is_unverified(string date)
    {
        var resolution = Resolve("honor-device", date);
        Assert.False(IsControlledBy(resolution, "huawei-technologies"));
        Assert.DoesNotContain(resolution.Paths.SelectMany(p => p.Steps), s => s.Owner.Id.StartsWith("huawei", StringComparison.Ordinal));
        Assert.True(IsControlledBy(resolution, "shenzhen-zhixin"));
        Assert.Equal(["CN"], resolution.States);
        Assert.True(resolution.HasUnverifiedFacts);
        Assert.True(resolution.Confidence < 1.0);
    }

    [Fact]
    public void Juniper_is_independent_before_the_hpe_deal_and_hpe_s_from_2025_07_02()
    {
        var before = Resolve("juniper", "2025-07-01");
        Assert.Equal(["juniper"], before.UltimateControllers.Select(o => o.Id));
        Assert.Empty(before.Paths);

        var after = Resolve("juniper", "2025-07-02");
        Assert.Equal(["hpe"], after.UltimateControllers.Select(o => o.Id));
        Assert.Equal(100m, after.Paths[0].EffectiveShare);
        Assert.True(after.Paths[0].Unverified);
        Assert.Empty(after.States);
    }

    [Fact]
    public void Hikvision_is_controlled_by_cethik_cetc_and_sasac()
    {
        var resolution = Resolve("hikvision", "2024-06-01");
        var control = resolution.Paths[0];
        Assert.True(control.Controls);
        Assert.Equal(["cethik", "cetc", "sasac"], control.Steps.Select(s => s.Owner.Id));
        Assert.Equal(ControlBasis.Explicit, control.Steps[0].Edge.Basis);
        Assert.Equal(38.88m, control.Steps[0].Edge.Share);
        Assert.Equal(["sasac"], resolution.UltimateControllers.Select(o => o.Id));
        Assert.Equal(["CN"], resolution.States);

        // The co-founder's minority stake is a path too, but not a controlling one.
        Assert.Contains(resolution.Paths, p => !p.Controls && p.Root.Id == "gong-hongjia" && p.EffectiveShare == 10.30m);
    }

    [Theory]
    [InlineData("comnet-usa")]
    [InlineData("pacific-networks")]
    public void PacNet_and_ComNet_are_controlled_by_citic_and_the_chinese_state(string id)
    {
        var resolution = Resolve(id, "2024-01-01");
        Assert.True(IsControlledBy(resolution, "citic-telecom-international"));
        Assert.True(IsControlledBy(resolution, "citic-group"));
        Assert.Equal(["CN"], resolution.States);
    }

    [Theory]
    [InlineData("HiLook")]
    [InlineData("EZVIZ")]
    [InlineData("Hangzhou EZVIZ Network Co., Ltd.")]
    public void Hikvision_sub_brands_resolve_into_the_hikvision_group(string name)
    {
        var maker = Reference.Resolver.Resolve(name, MiniData.D("2024-06-01"))!.Organisation;
        var resolution = Resolve(maker.Id, "2024-06-01");
        Assert.True(maker.Id == "hikvision" || IsControlledBy(resolution, "hikvision"), maker.Id);
        Assert.Equal(["sasac"], resolution.UltimateControllers.Select(o => o.Id));
        Assert.Equal(["CN"], resolution.States);
    }

    [Theory]
    [InlineData("2004-06-01", true)]
    [InlineData("2006-01-26", true)]
    [InlineData("2006-01-27", false)]
    [InlineData("2025-01-01", false)]
    [InlineData("2026-01-01", false)]
    public void H3c_was_controlled_by_huawei_only_in_2003_to_2006(string date, bool huaweiControls)
    {
        var resolution = Resolve("new-h3c", date);
        Assert.Equal(huaweiControls, IsControlledBy(resolution, "huawei-technologies"));
        if (!huaweiControls && MiniData.D(date).Year > 2007)
        {
            Assert.DoesNotContain(resolution.Paths.SelectMany(p => p.Steps), s => s.Owner.Id == "huawei-technologies");
        }
    }

    [Theory]
    [InlineData("honor-device", "2020-11-16")]
    [InlineData("hikvision", "2024-06-01")]
    [InlineData("comnet-usa", "2024-01-01")]
    [InlineData("new-h3c", "2025-01-01")]
    public void The_control_chain_assess_uses_agrees_with_the_resolution(string id, string date)
    {
        var resolution = Resolve(id, date);
        var chain = Reference.Ownership.ControlChainOf(id, MiniData.D(date));
        Assert.Contains(chain.UltimateController, resolution.UltimateControllers);
        Assert.Equal(resolution.States, chain.ControllingStates.Order(StringComparer.Ordinal));
    }
}
