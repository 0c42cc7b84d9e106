using NetOrigin.Inventory;

namespace NetOrigin.Tests.Inventory.Formats;

public sealed class CycloneDxReaderTests
{
    private static List<InventoryRecord> Read(string name, string content)
    {
        using var reader = InventorySource.Open(TestData.WriteTemp(name, content));
        return reader.Read().ToList();
    }

    [Fact]
    public void Json_bom_components_and_services_become_assets_located_by_line_and_bom_ref()
    {
        var records = Read("hbom.cdx.json", BomSamples.Json);

        Assert.Equal(8, records.Count);
        var assets = records.Where(r => r.Asset is not null).Select(r => r.Asset!).ToDictionary(a => a.Id);
        var router = assets["router-1"];
        Assert.Equal((AssetKind.Device, "Huawei Technologies Co., Ltd.", "NE40E-X8A"), (router.Kind, router.Manufacturer, router.Model));
        Assert.Equal(("CO-001 Millbrook", AssetRole.Core, "CN"), (router.Site, router.Role, router.OriginCountry));
        Assert.Equal(11, router.Source.Line);
        Assert.Equal("bom-ref router-1", router.Source.Locator);
        Assert.Contains(router.Origins, o => o.Field == InventoryField.Manufacturer && o.Origin == "components[0].manufacturer.name");

        Assert.Equal(AssetKind.Module, assets["router-1-lpu-1"].Kind);
        Assert.Equal((AssetKind.Software, "V800R011C00SPC200"), (assets["router-1-vrp"].Kind, assets["router-1-vrp"].Firmware));
        Assert.Equal(AssetKind.Software, assets["openssl"].Kind);
        Assert.Equal(AssetKind.Device, assets["site-co-001"].Kind);

        // A reseller is kept as the supplier, never taken for the maker; the CPE names the maker for identification.
        var camera = assets["components[3]"];
        Assert.Null(camera.Manufacturer);
        Assert.Equal("Acme Security Distribution", camera.Supplier);
        Assert.Equal("cpe:2.3:h:hikvision:ds-2cd2143g2-i:-:*:*:*:*:*:*:*", camera.IdentifierValue(IdentifierKind.Cpe));

        var transit = assets["transit-1"];
        Assert.Equal((AssetKind.Service, "China Telecom Americas", ServiceType.Transit), (transit.Kind, transit.Provider, transit.ServiceType));

        var data = Assert.Single(records, r => r.Asset is null).Rejection!;
        Assert.Contains("component type 'data'", data.Reason, StringComparison.Ordinal);
        Assert.Equal("bom-ref config-backup", data.Source.Locator);
    }

    [Fact]
    public void Xml_bom_is_read_the_same_way_and_its_tool_list_is_not_inventory()
    {
        var records = Read("hbom.cdx.xml", BomSamples.Xml);

        var assets = records.Where(r => r.Asset is not null).Select(r => r.Asset!).ToDictionary(a => a.Id);
        Assert.Equal(["router-1", "router-1-lpu-1", "router-1-vrp", "transit-1"], assets.Keys.Order());
        Assert.Equal(("Huawei Technologies Co., Ltd.", "CO-001 Millbrook"), (assets["router-1"].Manufacturer, assets["router-1"].Site));
        Assert.Equal(AssetKind.Module, assets["router-1-lpu-1"].Kind);
        Assert.Equal(7, assets["router-1"].Source.Line);
        Assert.Contains("component type 'file'", Assert.Single(records, r => r.Asset is null).Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bom_cut_short_keeps_what_came_before_and_rejects_the_break_with_its_line()
    {
        var cut = BomSamples.Json[..BomSamples.Json.IndexOf("\"services\"", StringComparison.Ordinal)];

        var records = Read("cut.cdx.json", cut);

        Assert.Equal(7, records.Count(r => r.Asset is not null || !r.Rejection!.Reason.StartsWith("the BOM breaks off", StringComparison.Ordinal)));
        var broken = records[^1].Rejection!;
        Assert.StartsWith("the BOM breaks off", broken.Reason, StringComparison.Ordinal);
        Assert.True(broken.Source.Line > 30);
    }

    [Fact]
    public void Xml_entities_are_never_expanded_and_external_ones_never_fetched()
    {
        var secret = TestData.WriteTemp("secret.txt", "TOP-SECRET");
        var xxe = $"""
            <?xml version="1.0"?>
            <!DOCTYPE bom [ <!ENTITY leak SYSTEM "file://{secret}"> <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
            <bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components>
              <component type="device" bom-ref="x"><name>&leak;&b;</name></component>
            </components></bom>
            """;

        var records = Read("xxe.cdx.xml", xxe);

        Assert.DoesNotContain(records, r => r.Asset?.Name?.Contains("TOP-SECRET", StringComparison.Ordinal) == true || r.Asset?.Name?.Contains("aaaa", StringComparison.Ordinal) == true);
        Assert.Single(records);
        Assert.NotNull(records[0].Rejection);
    }

    [Fact]
    public void A_json_file_that_is_not_a_cyclonedx_bom_is_an_input_error()
    {
        var path = TestData.WriteTemp("other.json", "{\n  \"bomFormat\": \"SPDX\",\n  \"components\": []\n}\n");

        var error = Assert.Throws<InventoryFormatException>(() => InventorySource.Open(path).Read().ToList());

        Assert.Contains("bomFormat is not \"CycloneDX\"", error.Message, StringComparison.Ordinal);
    }
}
