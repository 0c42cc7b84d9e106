namespace NetOrigin.Cli.Tests;

/// <summary>What the reader noticed about the columns is said once, briefly, on standard error.</summary>
public class InventoryNotesTests
{
    [Fact]
    public void Ten_thousand_unused_columns_are_summarised_by_the_first_few_and_a_count()
    {
        var columns = Enumerable.Range(0, 10_000).Select(i => $"extra{i}").ToList();
        var inventory = TestDataDirectory.Scratch("inv.csv", $"id,{string.Join(',', columns)}\nr1,{string.Join(',', columns.Select(_ => "v"))}\n");

        var result = CliRunner.Run("identify", inventory, "--data", TestDataDirectory.Path);

        Assert.Equal(0, result.ExitCode);
        var note = Assert.Single(result.Error.Split('\n'), l => l.StartsWith("note: ", StringComparison.Ordinal));
        Assert.Equal("note: 10000 columns not used by NetOrigin: extra0, extra1, extra2, extra3, extra4, extra5, extra6, extra7, extra8, extra9 and 9990 more", note);
    }

    [Fact]
    public void A_few_unused_columns_are_all_named()
    {
        var inventory = TestDataDirectory.Scratch("inv.csv", "id,colour,weight\nr1,red,2\n");
        var result = CliRunner.Run("identify", inventory, "--data", TestDataDirectory.Path);
        Assert.Contains("note: columns not used by NetOrigin: colour, weight\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_columns_are_warned_about_and_a_disagreeing_row_says_so_in_its_evidence()
    {
        var inventory = TestDataDirectory.Scratch("inv.csv", "id,model,Model Name\nr1,DS-2CD2143G2-I,NE40E\n");
        var result = CliRunner.Run("identify", inventory, "--data", TestDataDirectory.Path);

        Assert.Contains("warning: columns 'model' and 'Model Name' both give the field model", result.Error, StringComparison.Ordinal);
        Assert.Contains("columns 'model' and 'Model Name' disagree: 'DS-2CD2143G2-I' from 'model' is used, 'NE40E' from 'Model Name' is not", result.Lines[1], StringComparison.Ordinal);
    }
}
