namespace NetOrigin.Cli.Tests;

/// <summary>Every command that reads an inventory reports its rejected records the same way: each with file, line and reason, then the counts.</summary>
public class InventoryRejectionTests
{
    private const string TwoBadRows = "id,manufacturer,role,mac\nh1,Huawei,core,\n,Cisco,core,\nx2,Huawei,core,not-a-mac\n";

    [Fact]
    public void Policy_diff_reports_each_rejected_row_and_the_counts()
    {
        var inventory = NetOriginProcess.TempFile("inv.csv", TwoBadRows);
        var result = NetOriginProcess.Run("policy", "diff", "us-fcc-covered-list", "uk-huawei-designated-vendor", "--inventory", inventory, "--as-of", "2026-06-30");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"rejected {inventory}:3: the id field is empty", result.Error, StringComparison.Ordinal);
        Assert.Contains($"rejected {inventory}:4: mac 'not-a-mac' is not a MAC address", result.Error, StringComparison.Ordinal);
        Assert.Contains("records: 3 read, 1 accepted, 2 rejected", result.Error, StringComparison.Ordinal);
        Assert.Contains("of 1 assets change status; 2 of 3 records rejected", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assess")]
    [InlineData("identify")]
    [InlineData("policy diff")]
    public void Rejected_rows_go_to_the_rejects_file_of_every_command_that_reads_an_inventory(string command)
    {
        var inventory = NetOriginProcess.TempFile("inv.csv", TwoBadRows);
        var rejects = NetOriginProcess.TempFile("rejects.csv");
        string[] args = command == "policy diff"
            ? ["policy", "diff", "us-fcc-covered-list", "us-ndaa-889", "--inventory", inventory, "--rejects", rejects]
            : [command, inventory, "--rejects", rejects];
        var result = NetOriginProcess.Run(args);

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = File.ReadAllLines(rejects);
        Assert.Equal("file,line,reason,record", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{inventory},3,the id field is empty", lines[1], StringComparison.Ordinal);
        Assert.Contains("records: 3 read, 1 accepted, 2 rejected", result.Error, StringComparison.Ordinal);
    }
}
