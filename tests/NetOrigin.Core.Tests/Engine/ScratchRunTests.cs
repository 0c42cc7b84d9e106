namespace NetOrigin.Tests.Engine;

public class ScratchRunTests
{
    [Fact]
    public void A_test_runs_scratch_files_are_removed_when_the_run_ends()
    {
        string file;
        using (var run = ScratchRun.Separate())
        {
            file = run.File("inv.csv", "id\n1\n");
            Assert.True(File.Exists(file));
        }

        Assert.False(File.Exists(file));
        Assert.False(Directory.Exists(Path.GetDirectoryName(Path.GetDirectoryName(file))));
    }
}
