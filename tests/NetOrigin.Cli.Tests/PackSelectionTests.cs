namespace NetOrigin.Cli.Tests;

/// <summary>An id names a shipped pack only; a user's pack is given by its path, and the report says which file it read.</summary>
public class PackSelectionTests
{
    private const string Inventory = "id,manufacturer,role\nh1,Huawei,core\n";

    [Fact]
    public void A_file_named_like_a_shipped_pack_in_the_working_directory_does_not_replace_it()
    {
        var directory = Scratch.Directory();
        File.WriteAllText(Path.Combine(directory, "us-fcc-covered-list"), File.ReadAllText(Path.Combine(NetOriginProcess.RepositoryRoot, "tests", "NetOrigin.Cli.Tests", "Fixtures", "us-fcc-covered-list-2024-09-03.yaml")).Replace("Huawei", "Nobody", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(directory, "inv.csv"), Inventory);

        var result = NetOriginProcess.RunIn(directory, null, "assess", "inv.csv", "--policy", "us-fcc-covered-list", "--fail-on", "violation", "--as-of", "2026-06-30");

        Assert.True(result.ExitCode == 1, result.Error + result.Out);
        Assert.Contains("data/policies/us-fcc-covered-list.yaml", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_given_by_path_is_used_and_the_report_names_its_file()
    {
        var pack = Path.Combine(NetOriginProcess.RepositoryRoot, "tests", "NetOrigin.Cli.Tests", "Fixtures", "us-fcc-covered-list-2024-09-03.yaml");
        var inventory = NetOriginProcess.TempFile("inv.csv", Inventory);

        var result = NetOriginProcess.Run("assess", inventory, "--policy", pack, "--format", "json", "--as-of", "2026-06-30");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"\"file\":\"{pack}\"", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../policies/us-fcc-covered-list")]
    [InlineData("US-FCC-COVERED-LIST")]
    public void A_value_that_is_neither_a_shipped_id_nor_an_existing_pack_file_is_an_input_error(string value)
    {
        var inventory = NetOriginProcess.TempFile("inv.csv", Inventory);
        var result = NetOriginProcess.Run("assess", inventory, "--policy", value);
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(",")]
    [InlineData("")]
    [InlineData(" , ")]
    public void An_empty_policy_list_is_refused(string value)
    {
        var inventory = NetOriginProcess.TempFile("inv.csv", Inventory);
        foreach (var format in new[] { "table", "json" })
        {
            var result = NetOriginProcess.Run("assess", inventory, "--policy=" + value, "--format", format, "--fail-on", "violation");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--policy names no pack", result.Error, StringComparison.Ordinal);
        }
    }
}
