namespace NetOrigin.Cli.Tests.Commands;

/// <summary>netorigin data update, run on the hand-written listings of the core tests.</summary>
public class DataUpdateCommandTests
{
    private static string Listings(params string[] parts) =>
        Path.Combine([CliRun.RepositoryRoot, "tests", "NetOrigin.Core.Tests", "Identification", "Registries", "Listings", .. parts]);

    [Fact]
    public void A_snapshot_that_is_a_hard_link_to_an_input_listing_is_refused_before_anything_is_read()
    {
        var from = CliRun.ScratchDirectory();
        var output = CliRun.ScratchDirectory();
        File.Copy(Listings("ieee-data", "oui.csv"), Path.Combine(from, "oui.csv"));
        FileLinks.HardLink(Path.Combine(from, "oui.csv"), Path.Combine(output, "ieee-ma-l.tsv"));
        var before = File.ReadAllText(Path.Combine(from, "oui.csv"));

        var run = CliRun.Of("data", "update", "--from", from, "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--out '{Path.Combine(output, "ieee-ma-l.tsv")}' is the same file as --from '{Path.Combine(from, "oui.csv")}'", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(from, "oui.csv")));
    }

    [Fact]
    public void Prints_each_snapshot_built_with_entries_date_and_source()
    {
        var output = CliRun.ScratchDirectory();

        var run = CliRun.Of("data", "update", "--from", Listings("ieee-data"), "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("  MA-L           9 entries (new)        2022-08-27 (ieee-data .lastupdate)\n", run.Out);
        Assert.Contains($"           from {Listings("ieee-data", "oui.csv")}: IEEE Registration Authority MA-L listing, ieee-data oui.csv\n", run.Out);
        Assert.Contains("  note: oui.csv: MA-L 080030 listed more than once; the last listing of each is kept\n", run.Out);
        Assert.EndsWith($"  left as they were (no input in {Listings("ieee-data")}): IANA PEN\n", run.Out);
        Assert.Equal(
            ["ieee-iab.tsv", "ieee-ma-l.tsv", "ieee-ma-m.tsv", "ieee-ma-s.tsv"],
            Directory.EnumerateFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rebuilding_over_existing_snapshots_shows_the_previous_count()
    {
        var output = CliRun.ScratchDirectory();
        CliRun.Of("data", "update", "--from", Listings("wireshark"), "--out", output);

        var run = CliRun.Of("data", "update", "--from", Listings("iana"), "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  IANA PEN       8 entries (was 10)     2024-08-23 (its '(last updated ...)' line)\n", run.Out);
        Assert.Contains("  note: enterprise-numbers: 1 numbers marked Unassigned are left out\n", run.Out);
    }

    [Fact]
    public void A_malformed_listing_is_exit_code_2_with_file_and_line()
    {
        var input = CliRun.ScratchDirectory();
        File.Copy(Listings("malformed", "iana-truncated"), Path.Combine(input, "enterprise-numbers"));

        var run = CliRun.Of("data", "update", "--from", input, "--out", CliRun.ScratchDirectory());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"netorigin data update: {Path.Combine(input, "enterprise-numbers")}:16: 'End of Document' not found; the file looks truncated\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(new[] { "data", "update" }, "--from DIR is required")]
    [InlineData(new[] { "data", "update", "--from", "x", "--date", "26/08/2026" }, "--date '26/08/2026' is not a date (use YYYY-MM-DD)")]
    public void A_usage_error_is_exit_code_2_with_the_usage(string[] args, string message)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"netorigin data update: {message}", run.Error);
        Assert.Contains("usage: netorigin data update --from DIR", run.Error);
    }

    [Fact]
    public void A_missing_input_directory_is_exit_code_2()
    {
        var missing = Path.Combine(CliRun.ScratchDirectory(), "nowhere");

        var run = CliRun.Of("data", "update", "--from", missing, "--out", CliRun.ScratchDirectory());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"netorigin data update: {missing}: no such directory", run.Error.TrimEnd());
    }
}
