namespace NetOrigin.Planning.Tests;

/// <summary>The catalog serves both directions and services: a Chinese SOE off US gear, an agency off an untrusted satellite provider.</summary>
public sealed class DirectionsTests
{
    [Fact]
    public void A_chinese_state_owned_enterprise_replaces_cisco_and_juniper_with_domestic_makers_at_a_saving()
    {
        var plan = Cli.Plan(Cli.Fixture("cn-soe.csv"), "--policy", "cn-foreign-replacement", "--budget", Cli.Fixture("cn-soe-budget.yaml"), "--start", "2026-01-05", "--time-limit", "10", "--workers", "1");
        var items = plan.GetProperty("items").EnumerateArray().ToList();

        var network = items.Where(i => i.GetProperty("maker").GetString() is "cisco" or "juniper").ToList();
        Assert.Equal(4, network.Count);
        Assert.All(network, i =>
        {
            Assert.StartsWith("cn-", i.GetProperty("class").GetProperty("id").GetString());
            var eligible = i.GetProperty("alternatives").EnumerateArray().Where(a => a.GetProperty("eligible").GetBoolean()).Select(a => a.GetProperty("maker").GetString()).ToList();
            Assert.Contains("huawei-technologies", eligible);
            Assert.DoesNotContain("cisco", eligible);
            Assert.DoesNotContain("juniper", eligible);
            Assert.True(i.GetProperty("equipment_premium").GetDouble() < 0, "domestic replacement is cheaper than the US incumbent");
            Assert.True(i.GetProperty("deadline").GetProperty("met").GetBoolean());
        });

        // The Oracle software is a finding of the pack itself (Document 79), due by the end of 2027.
        Assert.Contains(items, i => i.GetProperty("asset_id").GetString() == "CN-DB-1" && i.GetProperty("deadline").GetProperty("date").GetString() == "2027-12-31");
    }

    [Fact]
    public void An_agency_moves_satellite_backhaul_off_untrusted_providers_to_ones_no_loaded_pack_restricts()
    {
        var plan = Cli.Plan(Cli.Fixture("agency-satellite.csv"), "--policy", "us-untrusted-satellite", "--budget", Cli.Fixture("agency-budget.yaml"), "--start", "2026-01-05", "--time-limit", "10", "--workers", "1");
        var items = plan.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(["SAT-1", "SAT-2"], items.Select(i => i.GetProperty("asset_id").GetString()!).Order());
        Assert.All(items, i =>
        {
            Assert.Equal("satellite-connectivity", i.GetProperty("class").GetProperty("id").GetString());
            var alternatives = i.GetProperty("alternatives").EnumerateArray().ToList();
            Assert.Contains(alternatives, a => a.GetProperty("maker").GetString() == "oneweb" && a.GetProperty("eligible").GetBoolean());
            Assert.True(i.GetProperty("deadline").GetProperty("met").GetBoolean());
        });
    }

    [Fact]
    public void A_maker_owned_by_a_restricted_group_is_not_proposed()
    {
        var inventory = Scratch.File("radios.csv", "id,site,role,kind,use,manufacturer,model,country\nR-1,DEPOT,other,device,public-safety,Hytera,PD985,US\n");
        var plan = Cli.Plan(inventory, "--policy", "us-fcc-covered-list", "--start", "2026-01-05", "--time-limit", "5", "--workers", "1");
        var alternatives = plan.GetProperty("items")[0].GetProperty("alternatives").EnumerateArray().ToList();

        var sepura = alternatives.Single(a => a.GetProperty("maker").GetString() == "sepura");
        Assert.False(sepura.GetProperty("eligible").GetBoolean());
        Assert.Contains("us-fcc-covered-list restricts it", sepura.GetProperty("reason").GetString());
        Assert.Contains(alternatives, a => a.GetProperty("maker").GetString() == "motorola-solutions" && a.GetProperty("eligible").GetBoolean());
    }

    [Fact]
    public void A_users_quote_replaces_the_catalog_figure_and_is_marked_as_a_quote()
    {
        var quote = Scratch.File("quotes.yaml", """
            sources:
              - {id: our-quote-2026, title: Ericsson quote 2026-117 for RAN swap, date: 2026-02-01}
            classes:
              - id: ran-base-station
                costs:
                  equipment: {low: 100000, high: 100000, basis: quote, sources: [our-quote-2026]}
            """);
        var plan = Cli.Plan(Cli.Fixture("uk-operator.csv"), "--policy", "uk-huawei-designated-vendor", "--catalog", quote, "--start", "2026-03-02", "--roles", "ran", "--time-limit", "5", "--workers", "1");
        var item = plan.GetProperty("items")[0];
        Assert.Equal(100000, item.GetProperty("cost").GetProperty("equipment").GetDouble());
        Assert.Equal("quote", item.GetProperty("equipment_range").GetProperty("basis").GetString());
    }
}
