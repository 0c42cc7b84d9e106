using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;

namespace NetOrigin.Tests.Inventory;

/// <summary>
/// A context file gives inventory-wide defaults and per-site values; the row wins over its site, the site over the
/// defaults, and every value taken from the file says where it came from.
/// </summary>
public class InventoryContextTests
{
    private const string Context = """
        defaults:
          country: cn
          use: commercial
          technology: 4g
        sites:
          - site: Beijing-Core
            operator: China Mobile
            technology: [5G, 4g]
            routes_user_data: yes
          - site: lab
            use: lab
        """;

    [Fact]
    public void A_row_value_wins_over_its_site_and_a_site_value_over_the_defaults()
    {
        var context = Load(Context);
        var asset = context.Apply(new Asset { Id = "r1", Site = "beijing-core", Use = "government-facility", Source = new("inv.csv", 2) });

        Assert.Equal("government-facility", asset.Use);
        Assert.Equal("CN", asset.Country);
        Assert.Equal("China Mobile", asset.OwnerOrg);
        Assert.Equal(["5g", "4g"], asset.Technologies);
        Assert.True(asset.RoutesUserData);
        Assert.DoesNotContain(asset.Origins, o => o.Field == InventoryField.Use);
        Assert.Contains(new FieldOrigin(InventoryField.Country, "context.yaml: defaults"), asset.Origins);
        Assert.Contains(new FieldOrigin(InventoryField.OwnerOrg, "context.yaml: site 'Beijing-Core'"), asset.Origins);
    }

    [Fact]
    public void An_asset_of_an_unlisted_site_takes_the_defaults_and_keeps_its_other_values()
    {
        var context = Load(Context);
        var original = new Asset { Id = "r2", Site = "elsewhere", Manufacturer = "Huawei", Model = "NE40E", Macs = [MacAddress.Parse("00:e0:fc:12:34:56")], Source = new("inv.csv", 3) };
        var asset = context.Apply(original);

        Assert.Equal("commercial", asset.Use);
        Assert.Equal(["4g"], asset.Technologies);
        Assert.Null(asset.OwnerOrg);
        Assert.Null(asset.RoutesUserData);
        Assert.Equal(original.Manufacturer, asset.Manufacturer);
        Assert.Equal(original.Model, asset.Model);
        Assert.Equal(original.Macs, asset.Macs);
        Assert.Equal(original.Source, asset.Source);
    }

    [Fact]
    public void An_asset_the_context_adds_nothing_to_is_returned_unchanged()
    {
        var context = Load("defaults:\n  country: DE\n");
        var asset = new Asset { Id = "r3", Country = "FR", Source = new("inv.csv", 4) };
        Assert.Same(asset, context.Apply(asset));
    }

    [Theory]
    [InlineData("defaults:\n  country: China\n", "context.yaml:2", "ISO 3166-1")]
    [InlineData("defaults:\n  colour: red\n", "context.yaml:2", "unknown key 'colour'")]
    [InlineData("defaults:\n  routes_user_data: maybe\n", "context.yaml:2", "true or false")]
    [InlineData("sites:\n  - site: a\n  - site: A\n", "context.yaml:3", "given twice")]
    [InlineData("sites:\n  - use: lab\n", "context.yaml:2", "'site' is required")]
    public void A_bad_context_file_fails_naming_the_line_and_the_reason(string text, string where, string reason)
    {
        var error = Assert.Throws<ReferenceDataException>(() => Load(text));
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_reached_through_context_values_say_which_values_came_from_the_file()
    {
        var reference = TestData.Reference;
        var date = new DateOnly(2025, 6, 1);
        var context = Load(Context);
        var asset = context.Apply(new Asset { Id = "srv-1", Kind = AssetKind.Software, Manufacturer = "Microsoft", Site = "Beijing-Core", Use = null, Source = new("inv.csv", 2) });
        var evaluator = new PolicyEvaluator(reference.Pack("cn-foreign-replacement"), reference.Ownership, reference.Resolver);
        var finding = evaluator.Evaluate(asset, reference.CreateIdentifier().Identify(asset, date), date);

        Assert.Equal(FindingStatus.ActionRequired, finding.Status);
        var step = Assert.Single(finding.Evidence, e => e.Kind == EvidenceKind.Context);
        Assert.Contains("owner_org China Mobile from context.yaml: site 'Beijing-Core'", step.Text, StringComparison.Ordinal);
        Assert.Contains("use commercial from context.yaml: defaults", step.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_read_through_a_context_are_all_accounted_for()
    {
        var path = TestData.WriteTemp("context-inventory.csv", "id,site,use\na,lab,\nb,,\n,lab,\n");
        using var reader = Load(Context).Over(InventorySource.Open(path));
        var records = reader.Read().ToList();

        Assert.Equal(3, records.Count);
        Assert.Equal(["lab", "commercial"], records.Where(r => r.Asset is not null).Select(r => r.Asset!.Use));
        Assert.Single(records, r => r.Rejection is not null);
    }

    private static InventoryContext Load(string text) => InventoryContext.Load(new StringReader(text), "context.yaml");
}
