using System.Text;
using NetOrigin.Fuzzing;

namespace NetOrigin.Tests.Fuzzing;

/// <summary>The test suite's fuzz run: a fixed seed, a few hundred cases per parser, the harness's bounds.</summary>
internal static class FuzzTestRun
{
    public const ulong Seed = 15;

    /// <summary>Cases per target; fingerprint files cost several times more per case than the others.</summary>
    public static int CasesFor(string target) => target == "fingerprints" ? 100 : 200;

    public static readonly FuzzLimits Limits = FuzzLimits.Default;

    public static TheoryData<string> TargetsWhere(Func<IFuzzTarget, bool> include) => new(FuzzTargets.All.Where(include).Select(t => t.Name));

    public static void AssertNoFailures(string name)
    {
        var target = FuzzTargets.Named(name);
        using var runner = new FuzzRunner(Limits);
        var cases = CasesFor(name);
        var report = runner.Fuzz(target, Seed, cases, MutatorLimits.Tests);
        Assert.True(report.Failures.Count == 0, Describe(report));
        Assert.Equal(cases, report.Runs);
        Assert.True(report.Count(FuzzVerdict.Read) > 0, $"{name}: no mutated input was read at all; the seeds or the target are broken");
    }

    private static string Describe(FuzzReport report)
    {
        var text = new StringBuilder($"{report.Target}: {report.Failures.Count} of {report.Runs} cases failed; reproduce one with bench/fuzz/run.sh --target {report.Target} --seed {Seed} --case N\n");
        foreach (var failure in report.Failures.Take(5))
        {
            text.Append(failure).Append('\n');
        }

        return text.ToString();
    }
}
