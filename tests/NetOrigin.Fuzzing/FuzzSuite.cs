using System.Text;

namespace NetOrigin.Fuzzing;

/// <summary>
/// The test suite's fuzz run, the same in every test project: a fixed seed, a few hundred cases per parser, the
/// harness's bounds and the mutator's small sizes.
/// </summary>
public static class FuzzSuite
{
    public const ulong Seed = 15;

    /// <summary>Cases per target; fingerprint files and NetBox imports cost several times more per case than the rest.</summary>
    public static int CasesFor(string target) => target is "fingerprints" or "netbox-pages" ? 100 : 200;

    /// <summary>Null when every case of <paramref name="name"/> was read or refused cleanly; else what went wrong, and how to reproduce it.</summary>
    public static string? Check(string name)
    {
        var target = FuzzTargets.Named(name);
        using var runner = new FuzzRunner(FuzzLimits.Default);
        var cases = CasesFor(name);
        var report = runner.Fuzz(target, Seed, cases, MutatorLimits.Tests);
        if (report.Failures.Count > 0 || report.Runs != cases)
        {
            var text = new StringBuilder($"{report.Target}: {report.Failures.Count} of {report.Runs} cases (of {cases}) failed; reproduce one with bench/fuzz/run.sh --target {report.Target} --seed {Seed} --case N\n");
            foreach (var failure in report.Failures.Take(5))
            {
                text.Append(failure).Append('\n');
            }

            return text.ToString();
        }

        return report.Count(FuzzVerdict.Read) == 0 ? $"{name}: no mutated input was read at all; the seeds or the target are broken" : null;
    }

    /// <summary>Null when the input was read or refused cleanly; else how it failed.</summary>
    public static string? CheckOne(IFuzzTarget target, byte[] input)
    {
        using var runner = new FuzzRunner(FuzzLimits.Default);
        runner.WarmUp(target);
        var result = runner.Run(target, input);
        return result.IsFailure ? $"{target.Name}: {result.Verdict}: {result.Detail}" : null;
    }
}
