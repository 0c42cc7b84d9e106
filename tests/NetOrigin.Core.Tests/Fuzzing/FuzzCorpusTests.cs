using NetOrigin.Fuzzing;

namespace NetOrigin.Tests.Fuzzing;

/// <summary>Every input that once crashed, hung or lost records (Corpus/), and every seed, is read or refused cleanly now.</summary>
public class FuzzCorpusTests
{
    public static TheoryData<string, string> Entries => new(FuzzCorpus.Entries().Select(e => (e.Target.Name, Path.GetFileName(e.File))));

    [Theory]
    [MemberData(nameof(Entries))]
    public void A_regression_input_is_read_or_refused_cleanly(string target, string file)
    {
        var fuzzTarget = FuzzTargets.Named(target);
        using var runner = new FuzzRunner(FuzzTestRun.Limits);
        runner.WarmUp(fuzzTarget);
        var result = runner.Run(fuzzTarget, File.ReadAllBytes(Path.Combine(FuzzSeeds.CorpusDirectory, target, file)));
        Assert.False(result.IsFailure, $"{target}/{file}: {result.Verdict}: {result.Detail}");
    }

    [Fact]
    public void Every_seed_is_read_or_refused_cleanly()
    {
        using var runner = new FuzzRunner(FuzzTestRun.Limits);
        foreach (var target in FuzzTargets.All)
        {
            Assert.NotEmpty(target.Seeds);
            runner.WarmUp(target);
            foreach (var seed in target.Seeds)
            {
                var result = runner.Run(target, seed);
                Assert.False(result.IsFailure, $"{target.Name} seed: {result.Verdict}: {result.Detail}");
            }
        }
    }
}
