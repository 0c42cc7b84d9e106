namespace NetOrigin.Cli.Tests;

public class AssessCommandTests
{
    [Fact]
    public void Fail_on_violation_exits_1_when_a_violation_is_found()
    {
        var inventory = NetOriginProcess.TempFile("inv.csv", "id,manufacturer,role\nr1,Huawei,core\n");
        var result = NetOriginProcess.Run("assess", inventory, "--fail-on", "violation", "--as-of", "2026-06-30");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("violation", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_is_not_triggered_by_other_statuses()
    {
        var inventory = NetOriginProcess.TempFile("inv.csv", "id,manufacturer,role\nr1,Cisco,core\n");
        var result = NetOriginProcess.Run("assess", inventory, "--fail-on", "violation,unknown");
        Assert.True(result.ExitCode == 0, result.Error + result.Out);
    }

    [Fact]
    public void A_missing_file_is_an_input_error_with_a_plain_message()
    {
        var result = NetOriginProcess.Run("assess", "/nonexistent/inventory.csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/inventory.csv: no such file", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_file_fails_cleanly_even_after_thousands_of_good_rows()
    {
        var rows = string.Concat(Enumerable.Range(0, 5000).Select(i => $"r{i},Cisco\n"));
        var inventory = NetOriginProcess.TempFile("inv.csv", "id,manufacturer\n" + rows + "x," + new string('a', 1_100_000) + "\n");
        var result = NetOriginProcess.Run("assess", inventory, "--format", "json", "--out", NetOriginProcess.TempFile("out.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("inv.csv:5002: line is longer than", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_an_id_column_is_an_input_error()
    {
        var inventory = NetOriginProcess.TempFile("inv.csv", "name,vendor\nx,Huawei\n");
        var result = NetOriginProcess.Run("assess", inventory);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no 'id' column", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--bogus", "1")]
    [InlineData("--fail-on", "sometimes")]
    [InlineData("--as-of", "yesterday")]
    [InlineData("--policy", "no-such-pack")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var inventory = NetOriginProcess.TempFile("inv.csv", "id\nx\n");
        var result = NetOriginProcess.Run("assess", inventory, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_output_cannot_carry_spreadsheet_formulas()
    {
        var inventory = NetOriginProcess.TempFile("inv.csv", "id,name,manufacturer\n=1+2,\"=HYPERLINK(\"\"http://x\"\")\",Huawei\n");
        var output = NetOriginProcess.TempFile("out.csv");
        var result = NetOriginProcess.Run("assess", inventory, "--format", "csv", "--out", output);
        Assert.Equal(0, result.ExitCode);
        var row = File.ReadAllLines(output)[1];
        Assert.StartsWith("'=1+2,", row, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_from_standard_input_are_assessed()
    {
        var result = NetOriginProcess.RunWithInput("{\"id\":\"cam\",\"vendor\":\"Hikvision\",\"use\":\"government facility\"}\n", "assess", "-", "--format", "json", "--as-of", "2026-06-30");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"status\":\"violation\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_report_shows_the_counts_and_the_evidence()
    {
        var inventory = NetOriginProcess.TempFile("inv.csv", "id,manufacturer,mac\nr1,,30:FB:B8:12:34:56\nr2,,02:00:00:00:00:01\n");
        var result = NetOriginProcess.Run("assess", inventory, "--as-of", "2026-06-30");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Records: 2 read, 2 accepted, 0 rejected", result.Out, StringComparison.Ordinal);
        Assert.Contains("MAC 30:FB:B8:12:34:56 → IEEE MA-L 30FBB8 HUAWEI TECHNOLOGIES CO.,LTD → Huawei Technologies Co., Ltd.", result.Out, StringComparison.Ordinal);
        Assert.Contains("locally administered", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_own_organisation_file_makes_a_reseller_brand_resolve_to_its_covered_maker()
    {
        var orgs = NetOriginProcess.TempFile("my-suppliers.yaml", """
            sources:
              - id: my-purchase-records
                title: Our purchase records for the county camera contract
                date: 2024-02-01
            organisations:
              - id: acme-security-reseller
                name: Acme Security Supply LLC
                kind: other
                country: US
                sources: [my-purchase-records]
            oem:
              - maker: hikvision
                brand: AcmeCam Pro
                categories: [video-surveillance]
                confidence: 0.9
                sources: [my-purchase-records]
            brands:
              - name: AcmeCam Pro
                owner: hikvision
                categories: [video-surveillance]
                sources: [my-purchase-records]
            """);
        var inventory = NetOriginProcess.TempFile("inv.csv", "id,manufacturer,use\ncam-1,AcmeCam Pro,government-facility\n");
        var without = NetOriginProcess.Run("assess", inventory, "--format", "json", "--as-of", "2026-06-30");
        Assert.Contains("\"status\":\"unknown\"", without.Out, StringComparison.Ordinal);

        var with = NetOriginProcess.Run("assess", inventory, "--orgs", orgs, "--format", "json", "--as-of", "2026-06-30");
        Assert.Equal(0, with.ExitCode);
        Assert.Contains("\"status\":\"violation\"", with.Out, StringComparison.Ordinal);
        Assert.Contains("brand AcmeCam Pro of Hangzhou Hikvision", with.Out, StringComparison.Ordinal);
    }
}
