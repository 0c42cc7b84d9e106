using System.Text;
using NetOrigin.Cli.Files;
using NetOrigin.Planning;
using NetOrigin.Planning.CpSat;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin plan: findings in, an optimised replacement plan with its explanation out.</summary>
public sealed class PlanCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = [.. PlanInputs.ValueOptions, "format", "out", "what-if", .. SolverOptions.ValueOptions];
    private static readonly HashSet<string> Flags = ["no-fixes"];

    public string Name => "plan";

    public string Summary => "plan the replacement of covered items within budget, crews and deadlines";

    public string Usage => $"""
        usage: netorigin plan INPUT [--policy PACK[,PACK...]] [--budget FILE] [--crews N] [--start DATE]
                                    [--horizon DATE] [--catalog FILE[,FILE...]] [--progress FILE] [--roles ROLES]
                                    [--risk FILE] [--context FILE] [--format table|json] [--out FILE]
                                    [--time-limit SECONDS]
                                    [--work UNITS] [--workers N] [--seed S] [--what-if all|NAME[,NAME...]] [--no-fixes]

        {PlanInputs.Usage}
          --format     table (default, for people) or json (docs/planning.md, "Plan JSON")
          --out        write the plan to FILE (written to a temporary file, then renamed)
        {SolverOptions.Usage(30)}          --what-if    also re-plan with: {string.Join(", ", PlanRunOptions.AllWhatIfs)} (or all)
          --no-fixes   skip sizing the money or crews that would meet each missed deadline

        exit codes: 0 done, 2 usage or input error (an infeasible or contradictory input is named)
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, Flags);
        var input = options.RequiredPositional(0, "INPUT (an inventory file)");
        options.AllowPositionals(1);
        var format = options.Choice("format", "table", "json");
        var limits = SolverOptions.Limits(options, 30);
        var whatIfs = options.Value("what-if") is { } w
            ? w == "all" ? PlanRunOptions.AllWhatIfs : w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        foreach (var name in whatIfs.Where(n => !PlanRunOptions.AllWhatIfs.Contains(n)))
        {
            throw new UsageException($"--what-if '{name}' is not one of {string.Join(", ", PlanRunOptions.AllWhatIfs)}, all");
        }

        try
        {
            var loaded = PlanInputs.Load(input, options, console, DateOnly.FromDateTime(DateTime.UtcNow));
            var plan = new PlanRun(new CpSatPlanner(), TimeProvider.System).Run(loaded.Instance, new PlanRunOptions
            {
                Limits = limits,
                WhatIfs = whatIfs,
                Fixes = !options.Has("no-fixes"),
            });
            void Write(Stream stream)
            {
                if (format == "json")
                {
                    PlanJsonWriter.Write(stream, plan, input);
                    return;
                }

                using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                PlanTableWriter.Write(text, plan);
            }

            if (options.Value("out") is { } outPath)
            {
                new FilePlan()
                    .Reads("INPUT", input).Reads("--context", options.Value("context")).Reads("--budget", options.Value("budget")).Reads("--progress", options.Value("progress"))
                    .Reads("--catalog", options.Value("catalog")).Writes("--out", outPath)
                    .Check();
                OutputFile.WriteBytes(outPath, Write);
                console.Error.WriteLine($"wrote {format} plan to {outPath}: {plan.Items.Count} items, {plan.Comparison.PlanItemsMissed} miss a deadline, solver {plan.Result.Status}");
            }
            else
            {
                console.Out.Flush();
                Write(new NonClosingStream(console.OutputStream));
            }

            return ExitCodes.Done;
        }
        catch (PlanInputException ex)
        {
            console.Error.WriteLine($"netorigin plan: {ex.Message}");
            return ExitCodes.UsageOrInputError;
        }
    }
}
