using static NetOrigin.Tests.MiniData;

namespace NetOrigin.Tests.Entities;

public class OwnershipResolverTests
{
    [Fact]
    public void Control_chain_follows_majority_and_explicit_control_up_to_the_state()
    {
        var chain = Reference.Ownership.ControlChainOf("acme", D("2024-01-01"));
        Assert.Equal(["acme", "acme-group", "state-x"], chain.Links.Select(l => l.Organisation.Id));
        Assert.Equal(["XA"], chain.ControllingStates);
        Assert.False(chain.HasUnverifiedLink);
    }

    [Fact]
    public void Explicit_control_below_half_still_controls_and_is_marked_unverified()
    {
        var chain = Reference.Ownership.ControlChainOf("acme-cams", D("2024-01-01"));
        Assert.Equal("acme-group", chain.Links[1].Organisation.Id);
        Assert.True(chain.HasUnverifiedLink);
    }

    [Theory]
    [InlineData("2019-06-01", "acme")]
    [InlineData("2020-11-16", "acme")]
    [InlineData("2020-11-17", "buyer")]
    [InlineData("2023-01-01", "buyer")]
    public void Ownership_changes_on_the_day_of_the_sale(string date, string expectedOwner)
    {
        var chain = Reference.Ownership.ControlChainOf("spinoff", D(date));
        Assert.Equal(expectedOwner, chain.Links[1].Organisation.Id);
    }

    [Fact]
    public void An_organisation_without_owners_is_its_own_ultimate_controller()
    {
        var chain = Reference.Ownership.ControlChainOf("western", D("2024-01-01"));
        Assert.Same(chain.Subject, chain.UltimateController);
    }
}
