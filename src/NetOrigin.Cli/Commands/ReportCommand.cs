using NetOrigin.Cli.Files;
using NetOrigin.Planning;
using NetOrigin.Planning.CpSat;
using NetOrigin.Planning.Reports;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin report KIND: a regulator-style report (HTML, CSV, burn-down SVG) from the inventory, plan and progress.</summary>
public sealed class ReportCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = [.. PlanInputs.ValueOptions, "out-dir", "filer", "year", .. SolverOptions.ValueOptions];

    public string Name => "report";

    public string Summary => "regulator reports: status-update, supply-chain, uk-share (HTML, CSV, burn-down SVG)";

    public string Usage => $"""
        usage: netorigin report KIND INPUT --out-dir DIR [--progress FILE] [--start DATE] [--filer NAME] [--year YYYY]
                                           [plan options: --policy --budget --crews --horizon --catalog --roles ...]

          KIND         status-update  the US programme's 90-day status update (removal, replacement and disposal
                                      progress, spending, equipment availability, extension need)
                       supply-chain   the Secure Networks Act annual report (covered equipment, locations,
                                      suppliers, replacement costs and plans) for --year (default last year)
                       uk-share       the UK designated-vendor share of 5G sites and full-fibre access against
                                      the 35% cap (needs --policy uk-huawei-designated-vendor)
          --out-dir    writes KIND.html (print-ready), KIND.csv and KIND-burndown.svg there
          --start      the report's as-of date, which the plan starts from (default today)
          --filer      who files it (default: the inventory's operator)
        {SolverOptions.Usage(10)}        {PlanInputs.Usage}
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        var kind = options.RequiredPositional(0, "KIND (status-update, supply-chain or uk-share)");
        if (!ReportBuilders.Kinds.Contains(kind))
        {
            throw new UsageException($"report '{kind}' is not one of {string.Join(", ", ReportBuilders.Kinds)}");
        }

        var input = options.RequiredPositional(1, "INPUT (an inventory file)");
        options.AllowPositionals(2);
        var outDir = options.Value("out-dir") ?? throw new UsageException("--out-dir DIR is required");
        Directory.CreateDirectory(outDir);
        var policy = options.Value("policy") ?? "us-fcc-covered-list";
        NetworkShares? shares = kind == "uk-share" ? new NetworkShares("uk-huawei-designated-vendor") : null;
        if (shares is not null && !policy.Split(',').Select(p => p.Trim()).Contains(shares.PackId))
        {
            throw new UsageException("the uk-share report needs --policy uk-huawei-designated-vendor");
        }

        try
        {
            var loaded = PlanInputs.Load(input, options, console, DateOnly.FromDateTime(DateTime.UtcNow), shares);
            var plan = new PlanRun(new CpSatPlanner(), TimeProvider.System).Run(loaded.Instance, new PlanRunOptions
            {
                Limits = SolverOptions.Limits(options, 10),
            });
            var filer = options.Value("filer") ?? plan.Items.Select(i => i.Item.Operator).FirstOrDefault(o => o.Length > 0) ?? "the filer";
            var year = options.Value("year") is null ? (int?)null : options.Int("year", 0, 2000, 2100);
            var report = ReportBuilders.Build(kind, new ReportData(plan, loaded.Progress, loaded.Start, filer, shares), year);
            string[] files = [Path.Combine(outDir, $"{kind}.html"), Path.Combine(outDir, $"{kind}.csv"), Path.Combine(outDir, $"{kind}-burndown.svg")];
            new FilePlan()
                .Reads("INPUT", input).Reads("--budget", options.Value("budget")).Reads("--progress", options.Value("progress"))
                .Writes("--out-dir", files)
                .Check();
            OutputFile.Write(files[0], w => ReportWriters.WriteHtml(w, report, loaded.Data.Sources));
            OutputFile.Write(files[1], w => ReportWriters.WriteCsv(w, report));
            OutputFile.Write(files[2], w => BurndownSvg.Write(w, report.Burndown, report.Title));
            console.Error.WriteLine($"wrote {kind}.html, {kind}.csv and {kind}-burndown.svg to {outDir}");
            return ExitCodes.Done;
        }
        catch (PlanInputException ex)
        {
            console.Error.WriteLine($"netorigin report: {ex.Message}");
            return ExitCodes.UsageOrInputError;
        }
    }
}
