using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Identification.Claims;
using NetOrigin.Identification.Registries;
using NetOrigin.Inventory;

namespace NetOrigin.Tests.Identification.Registries;

/// <summary>What MAC addresses say about an asset's maker, and what they say when they cannot name one.</summary>
public class MacClaimsTests
{
    private static readonly Lazy<MacRegistry> Registry = new(() => MacRegistry.Load(RegistryFixtures.ShippedRegistries));

    private static (List<ManufacturerClaim> Claims, List<string> Notes) Claims(params string[] macs)
    {
        var graph = new OrganisationGraph();
        graph.Add(new Organisation { Id = "cisco", Name = "Cisco Systems, Inc", Kind = OrganisationKind.Manufacturer, Country = "US" });
        var source = new MacClaims(Registry.Value, new OrganisationResolver(graph));
        var asset = new Asset { Id = "a1", Macs = [.. macs.Select(MacAddress.Parse)] };
        var claims = new List<ManufacturerClaim>();
        var notes = new List<string>();
        source.AddClaims(asset, new DateOnly(2026, 1, 1), claims, notes);
        return (claims, notes);
    }

    [Fact]
    public void A_registered_universal_address_claims_its_registrant_and_cites_the_registry_row()
    {
        var (claims, notes) = Claims("00:00:0C:07:AC:01");

        var claim = Assert.Single(claims);
        Assert.Empty(notes);
        Assert.Equal("cisco", claim.Organisation.Id);
        Assert.Equal("MAC 00:00:0C:07:AC:01 → IEEE MA-L 00000C Cisco Systems, Inc → Cisco Systems, Inc", claim.Evidence);
        Assert.Equal("IEEE MA-L registry snapshot 2026-08-26", claim.Citation);
    }

    [Theory]
    [InlineData("02:00:0C:07:AC:01")]
    [InlineData("DA:A1:19:00:00:01")]
    public void A_locally_administered_address_names_no_manufacturer_and_says_why(string mac)
    {
        var (claims, notes) = Claims(mac);

        Assert.Empty(claims);
        Assert.Equal($"MAC {mac} is locally administered (randomised or set by software); it names no manufacturer", Assert.Single(notes));
    }

    [Theory]
    [InlineData("01:00:0C:CC:CC:CC")]
    [InlineData("01:00:5E:00:00:01")]
    [InlineData("FF:FF:FF:FF:FF:FF")]
    public void A_group_address_names_no_manufacturer_and_says_why(string mac)
    {
        var (claims, notes) = Claims(mac);

        Assert.Empty(claims);
        Assert.Equal($"MAC {mac} is a group (multicast) address; it names no manufacturer", Assert.Single(notes));
    }

    [Fact]
    public void An_address_under_an_unregistered_prefix_names_no_manufacturer_and_says_so()
    {
        var (claims, notes) = Claims("0C:00:00:12:34:56");

        Assert.Empty(claims);
        Assert.Equal("MAC 0C:00:00:12:34:56: prefix not in the IEEE registries", Assert.Single(notes));
    }
}
