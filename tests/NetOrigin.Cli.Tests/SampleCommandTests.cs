namespace NetOrigin.Cli.Tests;

public class SampleCommandTests
{
    [Fact]
    public void The_same_seed_and_size_give_the_same_inventory()
    {
        var first = NetOriginProcess.TempFile("a.csv");
        var second = NetOriginProcess.TempFile("b.csv");
        Assert.Equal(0, NetOriginProcess.Run("sample", "--assets", "500", "--seed", "7", "--out", first).ExitCode);
        Assert.Equal(0, NetOriginProcess.Run("sample", "--assets", "500", "--seed", "7", "--out", second).ExitCode);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(501, File.ReadAllLines(first).Length);
    }

    [Fact]
    public void The_bundled_sample_is_what_the_generator_writes()
    {
        var inventory = NetOriginProcess.TempFile("s.csv");
        var truth = NetOriginProcess.TempFile("s.truth.tsv");
        Assert.Equal(0, NetOriginProcess.Run("sample", "--assets", "2000", "--seed", "1", "--out", inventory, "--truth", truth).ExitCode);
        var samples = Path.Combine(NetOriginProcess.RepositoryRoot, "samples");
        Assert.Equal(File.ReadAllText(Path.Combine(samples, "regional-carrier.csv")), File.ReadAllText(inventory));
        Assert.Equal(File.ReadAllText(Path.Combine(samples, "regional-carrier.truth.tsv")), File.ReadAllText(truth));
    }
}
