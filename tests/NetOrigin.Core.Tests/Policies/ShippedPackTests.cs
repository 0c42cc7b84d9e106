using NetOrigin.Policies;

namespace NetOrigin.Tests.Policies;

/// <summary>Every shipped pack loads, keeps its stable id, and grounds every term in a dated legal source.</summary>
public class ShippedPackTests
{
    private static readonly string[] Ids =
    [
        "us-fcc-covered-list",
        "us-ndaa-889",
        "us-dod-1260h",
        "uk-huawei-designated-vendor",
        "de-5g-2024",
        "se-pts-2020",
        "eu-5g-toolbox",
        "cn-foreign-replacement",
        "us-untrusted-satellite",
    ];

    public static TheoryData<string> PackIds => new(Ids);

    [Fact]
    public void The_shipped_pack_ids_are_the_documented_ones()
    {
        Assert.Equal(Ids.Order(StringComparer.Ordinal), TestData.Reference.PackIds);
    }

    [Theory]
    [MemberData(nameof(PackIds))]
    public void A_shipped_pack_loads_and_its_file_name_is_its_id(string id)
    {
        var pack = TestData.Reference.Pack(id);
        Assert.Equal(id, pack.Id);
        Assert.NotEmpty(pack.Sources);
        Assert.Contains(pack.Sources, s => s.Date is not null);
    }

    [Theory]
    [MemberData(nameof(PackIds))]
    public void Every_term_of_a_shipped_pack_cites_a_dated_source(string id)
    {
        var pack = TestData.Reference.Pack(id);
        foreach (var designation in pack.Designations)
        {
            Assert.True(designation.Sources.Any(s => s.Date is not null), $"{id}: designation '{designation.Id}' has no dated source");
        }

        foreach (var exception in pack.Exceptions)
        {
            Assert.True(exception.Sources.Any(s => s.Date is not null), $"{id}: exception '{exception.Id}' has no dated source");
        }

        foreach (var obligation in pack.Obligations)
        {
            Assert.True(obligation.Sources.Any(s => s.Date is not null), $"{id}: obligation '{obligation.Id}' has no dated source");
        }
    }

    [Fact]
    public void The_template_is_a_valid_pack_once_its_user_source_is_defined()
    {
        var template = Path.Combine(TestData.Directory, "policies", "TEMPLATE.yaml.example");
        var sources = ReferenceData.SourceCatalog.LoadDirectory(Path.Combine(TestData.Directory, "sources"));
        sources.AddFile(TestData.WriteTemp("my-sources.yaml", "sources:\n  - id: acme-board-decision-2025\n    title: Board decision\n    date: 2025-01-01\n"));
        var pack = PolicyPackLoader.Load(template, sources, TestData.Reference.Graph);
        Assert.NotEmpty(pack.Designations);
    }
}
