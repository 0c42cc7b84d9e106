namespace NetOrigin.Cli.Tests;

/// <summary>netorigin assess --context FILE: operator context for rows that leave it out.</summary>
public class AssessContextTests
{
    [Fact]
    public void A_context_file_naming_a_sites_state_owned_operator_brings_its_servers_under_document_79()
    {
        var inventory = NetOriginProcess.TempFile("ctx-inv.csv", "id,kind,manufacturer,model,site\nsrv-1,software,Microsoft,Windows Server 2019,beijing\nsrv-2,software,Microsoft,Windows Server 2019,lab\n");
        var context = NetOriginProcess.TempFile("operator-context.yaml", "defaults:\n  country: CN\nsites:\n  - site: beijing\n    operator: China Mobile\n");

        var result = NetOriginProcess.Run("assess", inventory, "--policy", "cn-foreign-replacement", "--as-of", "2025-06-01", "--format", "json", "--evidence", "inline", "--context", context);

        Assert.True(result.ExitCode == 0, result.Error);
        var findings = result.Out.Split("\"asset\":", StringSplitOptions.None);
        var beijing = Assert.Single(findings, f => f.Contains("\"id\":\"srv-1\"", StringComparison.Ordinal));
        var lab = Assert.Single(findings, f => f.Contains("\"id\":\"srv-2\"", StringComparison.Ordinal));
        Assert.Contains("\"status\":\"action_required\"", beijing, StringComparison.Ordinal);
        Assert.Contains("operator-context.yaml: site 'beijing'", beijing, StringComparison.Ordinal);
        Assert.Contains("is controlled by SASAC", beijing, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"unknown\"", lab, StringComparison.Ordinal);
        Assert.Contains("--context", lab, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_context_file_is_an_input_error_naming_its_line()
    {
        var inventory = NetOriginProcess.TempFile("ctx-inv2.csv", "id,manufacturer\nr1,Cisco\n");
        var context = NetOriginProcess.TempFile("bad-context.yaml", "defaults:\n  use: commercial\n  routes_user_data: perhaps\n");

        var result = NetOriginProcess.Run("assess", inventory, "--context", context);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{context}:2: 'routes_user_data' must be true or false", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
