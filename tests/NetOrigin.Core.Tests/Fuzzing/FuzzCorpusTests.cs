using NetOrigin.Fuzzing;

namespace NetOrigin.Tests.Fuzzing;

/// <summary>Every input that once crashed, hung or lost records (Corpus/), and every seed, is read or refused cleanly now.</summary>
public class FuzzCorpusTests
{
    public static TheoryData<string, string> Entries => new(FuzzCorpus.Entries().Select(e => (e.Target.Name, Path.GetFileName(e.File))));

    [Theory]
    [MemberData(nameof(Entries))]
    public void A_regression_input_is_read_or_refused_cleanly(string target, string file) =>
        FuzzTestRun.AssertClean(FuzzSuite.CheckOne(FuzzTargets.Named(target), File.ReadAllBytes(Path.Combine(FuzzSeeds.CorpusDirectory, target, file))));

    [Fact]
    public void Every_seed_is_read_or_refused_cleanly()
    {
        foreach (var target in FuzzTargets.All)
        {
            Assert.NotEmpty(target.Seeds);
            foreach (var seed in target.Seeds)
            {
                FuzzTestRun.AssertClean(FuzzSuite.CheckOne(target, seed));
            }
        }
    }
}
