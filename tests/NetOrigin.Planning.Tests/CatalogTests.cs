using NetOrigin.Planning.Catalog;
using NetOrigin.ReferenceData;

namespace NetOrigin.Planning.Tests;

/// <summary>The shipped replacement catalog: every figure sourced or marked estimated with its reasoning, every maker known.</summary>
public sealed class CatalogTests
{
    private static readonly ReferenceDataSet Data = ReferenceDataSet.Load(DataDirectory.Locate());
    private static readonly ReplacementCatalog Shipped = ReplacementCatalog.Load(Path.Combine(Data.Directory, "catalog"), Data.Sources, Data.Graph);

    [Fact]
    public void Every_class_has_sourced_costs_lead_times_and_known_alternatives()
    {
        Assert.True(Shipped.Classes.Count >= 15);
        foreach (var cls in Shipped.Classes)
        {
            Assert.True(cls.Cost(CostComponent.Equipment).High > 0 || cls.Id == "transit-or-interconnection", cls.Id);
            var figures = cls.Costs.Values.Append(cls.LeadTimeWeeks).Append(cls.CrewDays).Append(cls.IncumbentEquipment);
            Assert.All(figures, f =>
            {
                Assert.NotEmpty(f.Sources);
                if (f.Basis == EstimateBasis.Estimated)
                {
                    Assert.False(string.IsNullOrWhiteSpace(f.Note), $"{cls.Id}: an estimate states its reasoning");
                }
            });
            Assert.All(cls.Alternatives, a => Assert.True(Data.Graph.TryGet(a.MakerId, out _), $"{cls.Id}: {a.MakerId}"));
        }
    }

    [Fact]
    public void The_fcc_derived_figures_cite_the_catalog_reading_and_are_not_called_estimates()
    {
        var fcc = Shipped.Classes.SelectMany(c => c.Costs.Values).Where(f => f.Basis == EstimateBasis.FccCatalog).ToList();
        Assert.NotEmpty(fcc);
        Assert.All(fcc, f => Assert.Contains(f.Sources, s => s.Id == "ieee-twc-2026-fcc-catalog-parameters"));
        var olt = Shipped.Classes.Single(c => c.Id == "fibre-access-olt").Cost(CostComponent.Equipment);
        Assert.Equal(20100m, olt.Low);
    }

    [Fact]
    public void Both_directions_and_services_are_covered()
    {
        Assert.Contains(Shipped.Classes, c => c.Markets.Contains("CN") && c.Alternatives.Any(a => a.MakerId == "zte"));
        Assert.Contains(Shipped.Classes, c => c.Markets.Count == 0 && c.Alternatives.Any(a => a.MakerId == "ericsson"));
        Assert.Contains(Shipped.Classes, c => c.Replaces.Categories.Contains("satellite-services") && c.Alternatives.Any(a => a.MakerId == "oneweb"));
    }

    [Fact]
    public void An_estimate_without_reasoning_is_refused_with_its_line()
    {
        var file = Scratch.File("bad.yaml", """
            classes:
              - id: ran-base-station
                costs:
                  labour: {low: 1, high: 2, basis: estimated, sources: [netorigin-estimate]}
            """);
        var error = Assert.Throws<ReferenceDataException>(() => ReplacementCatalog.Load(Path.Combine(Data.Directory, "catalog"), Data.Sources, Data.Graph, [file]));
        Assert.Contains("bad.yaml:4: an estimated figure needs a 'note'", error.Message);
    }
}
