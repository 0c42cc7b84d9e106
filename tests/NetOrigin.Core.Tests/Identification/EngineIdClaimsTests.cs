using NetOrigin.Identification;
using NetOrigin.Identification.Claims;
using NetOrigin.Inventory;

namespace NetOrigin.Tests.Identification;

public class EngineIdClaimsTests
{
    private static (List<ManufacturerClaim> Claims, List<string> Notes) Claims(string engineId)
    {
        var (enterprises, macs) = TestOrganisations.Registries();
        var claims = new List<ManufacturerClaim>();
        var notes = new List<string>();
        var asset = new Asset { Id = "a", Identifiers = [new Identifier(IdentifierKind.SnmpEngineId, engineId)] };
        new EngineIdClaims(enterprises, macs, TestOrganisations.Resolver).AddClaims(asset, new DateOnly(2026, 1, 1), claims, notes);
        return (claims, notes);
    }

    [Fact]
    public void The_enterprise_number_and_the_mac_in_a_mac_format_engine_id_both_claim_the_maker()
    {
        var (claims, notes) = Claims("0x800007DB0330FBB8010203");
        Assert.Empty(notes);
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("huawei-technologies", c.Organisation.Id));
        Assert.Equal("snmpEngineID 80:00:07:DB:03:30:FB:B8:01:02:03 → IANA enterprise 2011 HUAWEI Technology Co.,Ltd → Huawei Technologies Co., Ltd.", claims[0].Evidence);
        Assert.Contains("carries MAC 30:FB:B8:01:02:03 → IEEE MA-L 30FBB8", claims[1].Evidence, StringComparison.Ordinal);
        Assert.Equal("SNMP engine ID", claims[0].Basis);
    }

    [Fact]
    public void Cisco_engine_ids_name_cisco()
    {
        var claim = Assert.Single(Claims("80:00:00:09:03:00:00:0C:12:34:56").Claims, c => c.Basis == "SNMP engine ID");
        Assert.Equal("cisco", claim.Organisation.Id);
    }

    [Fact]
    public void A_software_agent_enterprise_is_a_note_not_a_claim()
    {
        var (claims, notes) = Claims("0x80001F88807C6F3A3B2C1D0E5F");
        Assert.Empty(claims);
        Assert.Contains("net-snmp → Net-SNMP project: the maker of SNMP agent software that many makers build into their devices; it names a component", Assert.Single(notes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_engine_id_is_a_note()
    {
        var (claims, notes) = Claims("zz");
        Assert.Empty(claims);
        Assert.StartsWith("snmpEngineID 'zz' is not an engine ID", Assert.Single(notes), StringComparison.Ordinal);
    }
}
