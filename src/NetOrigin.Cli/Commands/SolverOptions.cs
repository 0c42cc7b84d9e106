using System.Globalization;
using NetOrigin.Planning;

namespace NetOrigin.Cli.Commands;

/// <summary>The solver options `plan` and `report` share: --time-limit, --work, --workers, --seed.</summary>
internal static class SolverOptions
{
    public static readonly string[] ValueOptions = ["time-limit", "work", "workers", "seed"];

    public static string Usage(int defaultSeconds) => $"""
          --time-limit seconds the solver may search in all (default {defaultSeconds}); it always returns its best plan
          --work       a limit in the solver's deterministic work units (about a second each on an idle core)
                       instead of seconds: with --workers 1 the same input gives the same plan however busy the
                       machine is
          --workers    solver threads (default 2)
          --seed       solver seed (default 1)
        """;

    public static SolverLimits Limits(CommandArguments options, int defaultSeconds)
    {
        var limits = new SolverLimits(options.Int("time-limit", defaultSeconds, 1, 3600), options.Int("workers", 2, 1, 64), options.Int("seed", 1, 0, int.MaxValue));
        if (options.Value("work") is not { } text)
        {
            return limits;
        }

        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var work) && work > 0 && work <= 3600
            ? limits with { DeterministicTime = work }
            : throw new UsageException($"--work must be a number of work units above 0 and at most 3600, not '{text}'");
    }
}
