using System.Text.Json;

namespace NetOrigin.Cli.Tests;

/// <summary>risk, exposure and plan take the operator context file (--context FILE) as assess does.</summary>
public class ContextOptionTests
{
    private const string Inventory = "id,kind,manufacturer,model,site\nsrv-1,software,Microsoft,Windows Server 2019,beijing\nsrv-2,software,Microsoft,Windows Server 2019,lab\n";
    private const string Context = "defaults:\n  country: CN\n  technology: 5g\nsites:\n  - site: beijing\n    operator: China Mobile\n";

    [Fact]
    public void Risk_scores_a_server_under_a_state_owned_operator_named_only_in_the_context_file_as_requiring_action()
    {
        var inventory = NetOriginProcess.TempFile("risk-ctx-inv.csv", Inventory);
        var context = NetOriginProcess.TempFile("risk-context.yaml", Context);

        var with = Risk(inventory, "--context", context);
        var without = Risk(inventory);

        Assert.Equal("action_required", ListingLevel(with, "srv-1"));
        Assert.Equal("unknown", ListingLevel(with, "srv-2"));
        Assert.Equal("unknown", ListingLevel(without, "srv-1"));
        Assert.Contains(with.GetProperty("concentration").GetProperty("technologies").EnumerateArray(), t => t.GetProperty("key").GetString() == "5g");
        Assert.DoesNotContain(without.GetProperty("concentration").GetProperty("technologies").EnumerateArray(), t => t.GetProperty("key").GetString() == "5g");
    }

    [Theory]
    [InlineData("risk")]
    [InlineData("exposure", "--cut", "country:CN")]
    [InlineData("plan", "--time-limit", "1")]
    public void A_bad_context_file_is_an_input_error_naming_its_line(string command, params string[] extra)
    {
        var inventory = NetOriginProcess.TempFile($"{command}-ctx-bad-inv.csv", Inventory);
        var context = NetOriginProcess.TempFile($"{command}-bad-context.yaml", "defaults:\n  use: commercial\n  routes_user_data: perhaps\n");

        var result = NetOriginProcess.Run([command, inventory, .. extra, "--context", context]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{context}:2: 'routes_user_data' must be true or false", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exposure_reads_the_context_file_and_still_cuts_by_who_provides_the_links()
    {
        var inventory = NetOriginProcess.TempFile("exposure-ctx-inv.csv", "id,kind,site,service_type,provider\nbh-1,service,beijing,backhaul,China Mobile\nbh-2,service,lab,backhaul,Starlink\n");
        var context = NetOriginProcess.TempFile("exposure-context.yaml", Context);

        var result = NetOriginProcess.Run("exposure", inventory, "--cut", "country:CN", "--format", "json", "--context", context);

        Assert.True(result.ExitCode == 0, result.Error);
        var sites = JsonDocument.Parse(result.Out).RootElement.GetProperty("sites").EnumerateArray().ToDictionary(s => s.GetProperty("site").GetString()!, s => s.GetProperty("outcome").GetString());
        Assert.Equal("dark", sites["beijing"]);
        Assert.False(sites.ContainsKey("lab"));
    }

    private static JsonElement Risk(string inventory, params string[] extra)
    {
        var result = NetOriginProcess.Run(["risk", inventory, "--policy", "cn-foreign-replacement", "--as-of", "2025-06-01", "--format", "json", .. extra]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    private static string? ListingLevel(JsonElement report, string asset) =>
        report.GetProperty("assets").EnumerateArray()
            .Single(a => a.GetProperty("asset").GetProperty("id").GetString() == asset)
            .GetProperty("score").GetProperty("terms").EnumerateArray()
            .Single(t => t.GetProperty("criterion").GetString() == "listing-status")
            is var term && term.GetProperty("known").GetBoolean() ? term.GetProperty("level").GetString() : "unknown";
}
