namespace NetOrigin.Cli.Tests;

/// <summary>Outputs are written whole or not at all, and never over an input or another output.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class OutputFileTests
{
    private const string Inventory = "id,manufacturer,role\nr1,Huawei,core\nr2,Cisco,core\nbad,Huawei,nowhere\n";

    private static string Scratch() => Path.GetDirectoryName(TestDataDirectory.Scratch("placeholder", ""))!;

    private static string[] Leftovers(string directory) => Directory.GetFiles(directory, "*.tmp");

    [Fact]
    public void Rejects_pointed_at_the_input_is_refused_before_anything_is_read_and_the_input_is_kept()
    {
        var input = TestDataDirectory.Scratch("inv.csv", Inventory);
        var result = CliRunner.Run("assess", input, "--rejects", input, "--data", TestDataDirectory.Path, "--policy", "test-pack");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--rejects '{input}' is the same file as INPUT '{input}'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("rejected", result.Error, StringComparison.Ordinal);
        Assert.Equal(Inventory, File.ReadAllText(input));
    }

    [Fact]
    public void An_output_that_reaches_the_input_through_a_symbolic_link_is_refused()
    {
        var input = TestDataDirectory.Scratch("inv.csv", Inventory);
        var link = Path.Combine(Path.GetDirectoryName(input)!, "report.json");
        File.CreateSymbolicLink(link, input);
        var result = CliRunner.Run("assess", input, "--format", "json", "--out", link, "--data", TestDataDirectory.Path, "--policy", "test-pack");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is the same file as INPUT", result.Error, StringComparison.Ordinal);
        Assert.Equal(Inventory, File.ReadAllText(input));
    }

    [Fact]
    public void An_output_that_is_a_hard_link_to_the_input_is_refused()
    {
        var input = TestDataDirectory.Scratch("inv.csv", Inventory);
        var hardLink = Path.Combine(Path.GetDirectoryName(input)!, "copy.csv");
        FileLinks.HardLink(input, hardLink);
        var result = CliRunner.Run("identify", input, "--out", hardLink, "--data", TestDataDirectory.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--out '{hardLink}' is the same file as INPUT", result.Error, StringComparison.Ordinal);
        Assert.Equal(Inventory, File.ReadAllText(input));
    }

    [Fact]
    public void Two_outputs_naming_one_file_are_refused()
    {
        var directory = Scratch();
        var file = Path.Combine(directory, "f.csv");
        var sample = CliRunner.Run("sample", "--assets", "10", "--out", file, "--truth", Path.Combine(directory, "sub", "..", "f.csv"));
        var assess = CliRunner.Run("assess", TestDataDirectory.Scratch("inv.csv", Inventory), "--out", file, "--rejects", file, "--data", TestDataDirectory.Path, "--policy", "test-pack");

        Assert.Equal(2, sample.ExitCode);
        Assert.Contains("are the same file; give each output its own", sample.Error, StringComparison.Ordinal);
        Assert.Equal(2, assess.ExitCode);
        Assert.Contains($"--rejects '{file}' and --out '{file}' are the same file", assess.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void An_output_inside_the_reference_data_directory_is_refused()
    {
        var result = CliRunner.Run("assess", TestDataDirectory.Scratch("inv.csv", Inventory), "--out", Path.Combine(TestDataDirectory.Path, "policies", "report.yaml"), "--data", TestDataDirectory.Path, "--policy", "test-pack");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is inside the --data directory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_error_late_in_the_file_leaves_the_earlier_report_and_rejects_as_they_were()
    {
        var directory = Scratch();
        var report = Path.Combine(directory, "report.json");
        var rejects = Path.Combine(directory, "rejects.csv");
        File.WriteAllText(report, "{\"earlier\": true}\n");
        File.WriteAllText(rejects, "file,line,reason,record\n");
        var input = TestDataDirectory.Scratch("inv.csv", Inventory + "x," + new string('a', 1_100_000) + "\n");

        var result = CliRunner.Run("assess", input, "--format", "json", "--out", report, "--rejects", rejects, "--data", TestDataDirectory.Path, "--policy", "test-pack");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line is longer than", result.Error, StringComparison.Ordinal);
        Assert.Equal("{\"earlier\": true}\n", File.ReadAllText(report));
        Assert.Equal("file,line,reason,record\n", File.ReadAllText(rejects));
        Assert.Empty(Leftovers(directory));
    }

    [Fact]
    public void A_successful_run_replaces_the_outputs_whole_keeps_their_permissions_and_leaves_no_temporary_files()
    {
        var directory = Scratch();
        var report = Path.Combine(directory, "report.csv");
        var rejects = Path.Combine(directory, "rejects.csv");
        File.WriteAllText(report, "old\n");
        File.SetUnixFileMode(report, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = CliRunner.Run("assess", TestDataDirectory.Scratch("inv.csv", Inventory), "--format", "csv", "--out", report, "--rejects", rejects, "--data", TestDataDirectory.Path, "--policy", "test-pack");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("asset_id,", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(rejects).Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(report));
        Assert.Empty(Leftovers(directory));
    }

    [Fact]
    public void A_device_output_is_written_directly()
    {
        var result = CliRunner.Run("assess", TestDataDirectory.Scratch("inv.csv", Inventory), "--format", "json", "--out", "/dev/null", "--data", TestDataDirectory.Path, "--policy", "test-pack");
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_report_through_a_symbolic_link_replaces_the_file_it_points_to()
    {
        var directory = Scratch();
        var target = Path.Combine(directory, "real.csv");
        var link = Path.Combine(directory, "link.csv");
        File.WriteAllText(target, "old\n");
        File.CreateSymbolicLink(link, target);

        var result = CliRunner.Run("sample", "--assets", "5", "--out", link);

        Assert.Equal(0, result.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(6, File.ReadAllLines(target).Length);
    }

    [Fact]
    public void Risk_reports_pictures_and_rejects_are_put_in_place_whole_and_never_over_the_input()
    {
        var directory = Scratch();
        var input = TestDataDirectory.Scratch("inv.csv", Inventory);
        var report = Path.Combine(directory, "risk.json");
        var rejects = Path.Combine(directory, "rejects.csv");
        var pictures = Path.Combine(directory, "svg");

        var risk = NetOriginProcess.Run("risk", input, "--as-of", "2026-06-30", "--format", "json", "--out", report, "--rejects", rejects, "--svg", pictures);
        var overInput = NetOriginProcess.Run("exposure", input, "--cut", "country:CN", "--as-of", "2026-06-30", "--out", input);

        Assert.Equal(0, risk.ExitCode);
        Assert.StartsWith("{", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(rejects).Length);
        Assert.Equal(2, Directory.GetFiles(pictures, "*.svg").Length);
        Assert.Empty(Leftovers(directory));
        Assert.Empty(Leftovers(pictures));
        Assert.Equal(2, overInput.ExitCode);
        Assert.Contains($"--out '{input}' is the same file as INPUT", overInput.Error, StringComparison.Ordinal);
        Assert.Equal(Inventory, File.ReadAllText(input));
    }
}
