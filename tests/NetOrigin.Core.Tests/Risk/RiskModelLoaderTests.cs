using NetOrigin.ReferenceData;
using NetOrigin.Risk;

namespace NetOrigin.Tests.Risk;

/// <summary>A risk model is data: the shipped one loads, and every mistake that would skew a score names its file and line.</summary>
public class RiskModelLoaderTests
{
    private const string Valid = """
        id: my-model
        title: My model
        version: "2"
        sources: [eu-5g-toolbox-2020]
        criteria:
          - id: listing-status
            weight: 60
            levels: {violation: 1, action_required: 0.75, waived: 0.5, exempt: 0.25, compliant: 0}
            sources: [fcc-covered-list]
          - id: deadline
            weight: 40
            levels: {none: 0, advisory: 0.2}
            bands:
              - {up_to: 0, factor: 1}
              - {up_to: 365, factor: 0.5}
              - {factor: 0.1}
            sources: [uk-huawei-dvd-2022]
        """;

    [Fact]
    public void The_shipped_model_uses_every_criterion_with_weights_that_add_up_to_100_and_sources_for_each()
    {
        var model = TestData.Reference.RiskModel("netorigin-default");

        Assert.Equal(RiskCriteria.All.Select(c => c.Id), model.Criteria.Select(c => c.Id));
        Assert.Equal(100m, model.Criteria.Sum(c => c.Weight));
        Assert.All(model.Criteria, c => Assert.NotEmpty(c.Sources));
        var role = model.Criterion(RiskCriteria.RoleCriticality)!;
        Assert.True(role.FactorOf("core") > role.FactorOf("management") && role.FactorOf("management") > role.FactorOf("transport")
            && role.FactorOf("transport") > role.FactorOf("ran") && role.FactorOf("ran") > role.FactorOf("access") && role.FactorOf("access") > role.FactorOf("cpe"));
    }

    [Fact]
    public void A_users_model_file_loads_with_its_bands()
    {
        var model = Load(Valid);

        Assert.Equal("my-model", model.Id);
        var deadline = model.Criterion(RiskCriteria.Deadline)!;
        Assert.Equal(1m, deadline.FactorOf(-30m));
        Assert.Equal(0.5m, deadline.FactorOf(365m));
        Assert.Equal(0.1m, deadline.FactorOf(366m));
    }

    [Theory]
    [InlineData("- id: listing-status", "- id: listing-stauts", 6, "unknown criterion 'listing-stauts'")]
    [InlineData("weight: 60", "weight: 160", 6, "weight 160 of 'listing-status' is outside 0–100")]
    [InlineData("weight: 40", "weight: 30", 6, "the weights add up to 90, not 100")]
    [InlineData("    sources: [fcc-covered-list]\n", "", 6, "'sources' is required")]
    [InlineData("sources: [fcc-covered-list]", "sources: [no-such-source]", 6, "unknown source 'no-such-source'")]
    [InlineData("waived: 0.5", "waved: 0.5", 8, "'waved' is not a level of 'listing-status'")]
    [InlineData("exempt: 0.25", "exempt: 1.25", 8, "factor 1.25 of level 'exempt' of 'listing-status' is outside 0–1")]
    [InlineData(", compliant: 0}", "}", 8, "gives no factor for level 'compliant'")]
    [InlineData("{up_to: 365, factor: 0.5}", "{up_to: -5, factor: 0.5}", 15, "must rise: up_to -5 is not above 0")]
    [InlineData("{factor: 0.1}", "{up_to: 900, factor: 0.1}", 16, "the last band of 'deadline' takes every larger value")]
    public void A_model_with_a_mistake_is_refused_with_file_and_line(string find, string replace, int line, string message)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        var error = Assert.Throws<ReferenceDataException>(() => Load(Valid.Replace(find, replace, StringComparison.Ordinal)));

        Assert.StartsWith($"model.yaml:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static RiskModel Load(string text) => RiskModelLoader.Load(new StringReader(text), "model.yaml", TestData.Reference.Sources);
}
