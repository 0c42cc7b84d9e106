using NetOrigin.Entities;
using NetOrigin.ReferenceData;
using NetOrigin.Risk.Exposure;

namespace NetOrigin.Tests.Risk;

/// <summary>What a cut-off names, and the sourced facts the analysis shows: intelligence laws and providers' suspension rights.</summary>
public class CutTargetAndFactsTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    [Fact]
    public void A_cut_names_a_provider_by_brand_or_alias_and_a_country_by_code()
    {
        var resolver = TestData.Reference.Resolver;

        Assert.Equal("shanghai-spacecom", CutTarget.Resolve("Qianfan", resolver, AsOf).Organisation!.Id);
        Assert.Equal("spacex", CutTarget.Resolve("Starlink", resolver, AsOf).Organisation!.Id);
        Assert.Equal("CN", CutTarget.Resolve("country:cn", resolver, AsOf).Country);
    }

    [Fact]
    public void A_cut_that_matches_nothing_says_so_and_lists_the_nearest_names()
    {
        var resolver = TestData.Reference.Resolver;

        var misspelt = Assert.Throws<CutTargetException>(() => CutTarget.Resolve("Starlnk", resolver, AsOf));
        Assert.Contains("no organisation is known by 'Starlnk'", misspelt.Message, StringComparison.Ordinal);
        Assert.Contains("Starlink (spacex)", misspelt.Message, StringComparison.Ordinal);
        var country = Assert.Throws<CutTargetException>(() => CutTarget.Resolve("country:ZZ", resolver, AsOf));
        Assert.Contains("countries in the data: ", country.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_laws_record_compelled_cooperation_in_china_as_sourced_and_leave_other_countries_unknown()
    {
        var laws = TestData.Reference.IntelligenceLaws;

        var china = Assert.Single(laws.Of("CN", AsOf));
        Assert.True(china.Compels);
        Assert.False(china.IndependentOversight);
        Assert.Contains(china.Sources, s => s.Id == "us-state-satellite-rationale-2025" && !s.Unverified);
        Assert.Empty(laws.Of("FI", AsOf));
        Assert.Empty(laws.Of("CN", new DateOnly(2016, 1, 1)));
    }

    [Fact]
    public void A_providers_right_to_suspend_service_is_a_sourced_fact_of_the_organisation_data()
    {
        var rights = TestData.Reference.Graph.SuspensionRightsOf("spacex");

        Assert.Contains(rights, r => r.Basis == SuspensionBasis.Discretion && !r.Unverified && r.Sources.Any(s => s.Id == "us-state-satellite-guidance-2025"));
        Assert.All(rights, r => Assert.NotEmpty(r.Summary));
    }

    [Theory]
    [InlineData("{provider: acme, basis: whim, summary: x, sources: [s-owner]}", "basis 'whim' is not one of contract, discretion, law")]
    [InlineData("{provider: nobody, basis: contract, summary: x, sources: [s-owner]}", "provider 'nobody' is not a known organisation id")]
    [InlineData("{provider: acme, basis: contract, summary: x}", "'sources' is required")]
    public void A_suspension_right_with_a_mistake_is_refused_with_file_and_line(string entry, string message)
    {
        var file = TestData.WriteTemp("rights.yaml", $"suspension_rights:\n  - {entry}\n");
        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataSet.Load(MiniData.Directory, [file]));

        Assert.Contains("rights.yaml:2: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
