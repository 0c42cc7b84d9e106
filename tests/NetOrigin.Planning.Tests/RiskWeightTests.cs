using System.Text.Json;

namespace NetOrigin.Planning.Tests;

/// <summary>
/// What an item's deadline miss and each week it stays cost: the risk engine's score of its asset by default, a
/// file of scores when given one, the role when asked.
/// </summary>
public sealed class RiskWeightTests
{
    private const string Start = "2026-01-05";
    private static readonly string[] Common = ["--roles", "core,ran", "--start", Start, "--crews", "6", "--time-limit", "5", "--workers", "1", "--no-fixes"];

    [Fact]
    public void By_default_each_item_weighs_its_assets_risk_score_with_unknown_criteria_at_their_worst()
    {
        var upper = RiskReport().GetProperty("assets").EnumerateArray()
            .ToDictionary(a => a.GetProperty("asset").GetProperty("id").GetString()!, a => a.GetProperty("score").GetProperty("upper").GetDouble());
        var items = Cli.Plan([Cli.RegionalCarrierInventory, .. Common]).GetProperty("items").EnumerateArray().ToList();

        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            var weight = item.GetProperty("weight");
            Assert.Equal(upper[item.GetProperty("asset_id").GetString()!], weight.GetProperty("value").GetDouble(), 6);
            Assert.StartsWith("risk score (netorigin-default", weight.GetProperty("source").GetString(), StringComparison.Ordinal);
        }

        // The scores tell makers apart where the role alone would not.
        Assert.True(items.Where(i => i.GetProperty("role").GetString() == "ran").Select(i => i.GetProperty("weight").GetProperty("value").GetDouble()).Distinct().Count() > 1);
    }

    [Fact]
    public void The_risk_commands_csv_gives_the_same_weights_and_role_weighs_by_the_part_of_the_network()
    {
        var csv = Path.Combine(Scratch.Directory(), "risk.csv");
        var risk = Cli.Run("risk", Cli.RegionalCarrierInventory, "--as-of", Start, "--format", "csv", "--out", csv);
        Assert.True(risk.ExitCode == 0, risk.Error);

        var engine = Weights(Cli.Plan([Cli.RegionalCarrierInventory, .. Common]));
        var fromFile = Weights(Cli.Plan([Cli.RegionalCarrierInventory, .. Common, "--risk", csv]));
        Assert.Equal(engine.Select(w => (w.Key, w.Value.Value)), fromFile.Select(w => (w.Key, w.Value.Value)));
        Assert.All(fromFile.Values, w => Assert.Equal("risk score (risk.csv)", w.Source));

        var byRole = Cli.Plan([Cli.RegionalCarrierInventory, .. Common, "--risk", "role"]).GetProperty("items").EnumerateArray().ToList();
        Assert.All(byRole, i => Assert.Equal(i.GetProperty("role").GetString() == "core" ? 100 : 50, i.GetProperty("weight").GetProperty("value").GetDouble()));
    }

    [Fact]
    public void A_score_file_with_a_score_out_of_range_is_refused_with_its_line()
    {
        var file = Scratch.File("scores.csv", "asset_id,score\nA-1,12.5\nA-2,140\n");
        var result = Cli.Run(["plan", Cli.RegionalCarrierInventory, .. Common, "--risk", file]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}:3: expected an asset id and a score from 0 to 100", result.Error, StringComparison.Ordinal);
    }

    private static JsonElement RiskReport()
    {
        var result = Cli.Run("risk", Cli.RegionalCarrierInventory, "--as-of", Start, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    private static SortedDictionary<string, (double Value, string Source)> Weights(JsonElement plan) =>
        new(plan.GetProperty("items").EnumerateArray().ToDictionary(
            i => i.GetProperty("asset_id").GetString()!,
            i => (Math.Round(i.GetProperty("weight").GetProperty("value").GetDouble(), 6), i.GetProperty("weight").GetProperty("source").GetString()!)), StringComparer.Ordinal);
}
