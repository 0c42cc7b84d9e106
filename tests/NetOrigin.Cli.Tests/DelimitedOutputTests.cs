namespace NetOrigin.Cli.Tests;

/// <summary>Every delimited output a spreadsheet may open echoes the input's values as text, never as formulas.</summary>
public class DelimitedOutputTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Identify_tsv_neutralises_values_that_a_spreadsheet_would_run(string id)
    {
        var inventory = TestDataDirectory.Scratch("inv.csv", $"id,model,name\n\"{id.Replace("\"", "\"\"", StringComparison.Ordinal)}\",DS-2CD2143G2-I,x\n");
        var result = CliRunner.Run("identify", inventory, "--data", TestDataDirectory.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("'" + id, result.Lines[1].Split('\t')[0]);
    }

    [Fact]
    public void Identify_tsv_keeps_every_row_on_one_line_with_one_cell_per_header_column()
    {
        var inventory = TestDataDirectory.Scratch("inv.csv", "id,model\n\"a\tb\r\nc\",DS-2CD2143G2-I\n");
        var result = CliRunner.Run("identify", inventory, "--data", TestDataDirectory.Path);

        Assert.Equal(2, result.Lines.Length);
        Assert.Equal(result.Lines[0].Split('\t').Length, result.Lines[1].Split('\t').Length);
        Assert.StartsWith("a b c\t", result.Lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Waivers_list_neutralises_echoed_justifications_and_approvers()
    {
        var waivers = TestDataDirectory.Scratch("waivers.yaml", """
            waivers:
              - id: w1
                scope: { pack: us-fcc-covered-list, asset_ids: [a] }
                justification: "=HYPERLINK(\"http://x\")"
                approver: "@ops"
                granted: 2024-01-01
                expires: 2030-01-01
            """);
        var result = CliRunner.Run("waivers", "list", waivers, "--data", TestDataDirectory.Path, "--as-of", "2025-01-01");

        Assert.Equal(0, result.ExitCode);
        var cells = result.Lines[0].Split('\t');
        Assert.Equal("'@ops", cells[3]);
        Assert.Equal("'=HYPERLINK(\"http://x\")", cells[5]);
    }
}
