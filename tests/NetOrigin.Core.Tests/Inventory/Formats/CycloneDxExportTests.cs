using System.Text.Json;
using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Reports;

namespace NetOrigin.Tests.Inventory.Formats;

public sealed class CycloneDxExportTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    private static (string Path, JsonDocument Bom) Export(string inputName, string content, params string[] packs)
    {
        var reference = TestData.Reference;
        var selected = packs.Select(reference.Pack).ToList();
        var run = new AssessmentRun(reference.CreateIdentifier(), selected.Select(p => new PolicyEvaluator(p, reference.Ownership)).ToList());
        var input = TestData.WriteTemp(inputName, content);
        var output = Path.Combine(Path.GetDirectoryName(input)!, "export.cdx.json");
        using (var reader = InventorySource.Open(input))
        using (var file = File.Create(output))
        using (var writer = new CycloneDxFindingWriter(file, new MemoryStream(), new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero), Guid.Parse("3e671687-395b-41f5-a30f-a58921a69b79")))
        {
            run.Run(reader, new AssessmentContext(input, selected, AsOf), writer);
        }

        return (output, JsonDocument.Parse(File.ReadAllBytes(output)));
    }

    [Fact]
    public void Export_of_an_assessed_bom_is_valid_cyclonedx_1_6_with_maker_supplier_and_verdicts()
    {
        var (_, bom) = Export("hbom.cdx.json", BomSamples.Json, "us-fcc-covered-list", "us-ndaa-889");

        Assert.Empty(CycloneDxSchema.Errors(bom.RootElement));
        var root = bom.RootElement;
        Assert.Equal("1.6", root.GetProperty("specVersion").GetString());
        var components = root.GetProperty("components").EnumerateArray().ToList();
        var router = components.Single(c => c.GetProperty("bom-ref").GetString() == "router-1");
        Assert.Equal("Huawei Technologies Co., Ltd.", router.GetProperty("manufacturer").GetProperty("name").GetString());
        var properties = router.GetProperty("properties").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetString(), StringComparer.Ordinal);
        Assert.Equal("violation", properties["netorigin:finding:us-fcc-covered-list:status"]);
        Assert.True(properties.ContainsKey("netorigin:finding:us-ndaa-889:status"));
        Assert.Contains("Huawei", properties["netorigin:finding:us-fcc-covered-list:owner_chain"], StringComparison.Ordinal);
        Assert.StartsWith("identifier: declared manufacturer", properties["netorigin:finding:us-fcc-covered-list:evidence:1"], StringComparison.Ordinal);

        var camera = components.Single(c => c.GetProperty("bom-ref").GetString() == "components[3]");
        Assert.Equal("Acme Security Distribution", camera.GetProperty("supplier").GetProperty("name").GetString());
        Assert.Contains("Hikvision", camera.GetProperty("manufacturer").GetProperty("name").GetString(), StringComparison.Ordinal);

        var service = Assert.Single(root.GetProperty("services").EnumerateArray());
        Assert.StartsWith("China Telecom", service.GetProperty("provider").GetProperty("name").GetString(), StringComparison.Ordinal);
        var counts = root.GetProperty("properties").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetString());
        Assert.Equal(("8", "7", "1"), (counts["netorigin:records:read"], counts["netorigin:records:accepted"], counts["netorigin:records:rejected"]));
    }

    [Fact]
    public void Exporting_the_sample_network_is_valid_and_importing_the_export_gives_the_assets_back()
    {
        // The first 300 rows of the sample network: every kind of asset it has, in seconds.
        var csv = string.Join('\n', File.ReadLines(Path.Combine(TestData.RepositoryRoot, "samples", "regional-carrier.csv")).Take(301)) + "\n";
        var (path, bom) = Export("regional-carrier.csv", csv, "us-fcc-covered-list");

        Assert.Empty(CycloneDxSchema.Errors(bom.RootElement));
        using var original = InventorySource.Open(new StringReader(csv), "sample.csv");
        var before = original.Read().Where(r => r.Asset is not null).Select(r => r.Asset!).ToList();
        using var exported = InventorySource.Open(path);
        var after = exported.Read().Select(r => r.Asset!).ToDictionary(a => a.Id);

        Assert.Equal(before.Select(a => a.Id).Distinct().Count(), after.Count);
        foreach (var asset in before.DistinctBy(a => a.Id))
        {
            var back = after[asset.Id];
            Assert.Equal((asset.Kind == AssetKind.Unspecified ? AssetKind.Device : asset.Kind, asset.Role, asset.Site, asset.Model), (back.Kind == AssetKind.Unspecified ? AssetKind.Device : back.Kind, back.Role, back.Site, back.Model));
            Assert.Equal(asset.Macs, back.Macs);
            Assert.Equal(asset.Acquired, back.Acquired);
        }
    }
}
