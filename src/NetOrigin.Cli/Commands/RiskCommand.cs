using System.Text;
using NetOrigin.Assessment;
using NetOrigin.Cli.Files;
using NetOrigin.Reports.Risk;
using NetOrigin.Risk;
using NetOrigin.Storage.Risk;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin risk: explained risk scores per asset, supplier, site and network, and concentration by controller.</summary>
public sealed class RiskCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["policy", "model", "as-of", "format", "out", "svg", "rejects", "data", "orgs", "waivers", "approved", "context"];

    public string Name => "risk";

    public string Summary => "explained risk scores per asset, supplier, site and network; concentration by ultimate controller";

    public string Usage => $"""
        usage: netorigin risk INPUT [--policy PACK[,PACK...]] [--model ID|FILE] [--as-of DATE] [--format table|json|csv]
                                    [--out FILE] [--svg DIR] [--waivers FILE] [--approved FILE] [--context FILE] [--rejects FILE]
                                    [--data DIR] [--orgs FILE[,FILE...]]

          INPUT        inventory file: CSV, TSV or JSON Lines (docs/inventory-format.md); '-' reads standard input
          --policy     packs whose findings make the listing-status criterion (default {AssessmentOptions.DefaultPack})
          --model      the risk model: a shipped id (default {RiskModelOptions.DefaultModel}) or your model file
                       (docs/risk.md); weights, factors and sources are data
          --as-of      judge ownership, laws and rules as of this date (default today)
          --format     table (default, for people), json (every score explained) or csv (one row per asset)
          --out        write the report to FILE instead of standard output
          --svg        also draw supplier shares per role and a risk-by-site heat map as SVG files in DIR
          --waivers, --approved  as for assess
        {InventoryInput.ContextUsage}
        {InventoryInput.RejectsUsage}
        {UserDataOptions.Usage}
        Scores are 0-100: the sum over the model's criteria of weight x factor. A criterion that cannot be
        assessed is reported as unknown beside the score, never as zero risk (docs/risk.md).

        exit codes: 0 done, 2 usage or input error
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        var input = options.RequiredPositional(0, "INPUT (an inventory file)");
        options.AllowPositionals(1);
        var format = options.Choice("format", "table", "json", "csv");
        var asOf = options.Date("as-of") ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var svg = options.Value("svg");
        if (svg is not null && File.Exists(svg))
        {
            throw new UsageException($"--svg '{svg}' is a file; give a directory for the pictures");
        }

        var outPath = options.Value("out");
        var rejectsPath = options.Value("rejects");
        new FilePlan()
            .Reads("INPUT", input).Reads("--context", options.Value("context")).Reads("--model", options.Value("model") is { } m && File.Exists(m) ? m : null)
            .Reads("--waivers", options.Value("waivers")).Reads("--approved", options.Value("approved"))
            .Reads("--policy", (options.Value("policy") ?? "").Split(',', StringSplitOptions.TrimEntries).Where(File.Exists))
            .ReadsData(options)
            .Writes("--out", outPath).Writes("--rejects", rejectsPath)
            .Writes("--svg", svg is null ? [] : RiskPictures.FileNames.Select(name => Path.Combine(svg, name)))
            .Check();

        var data = UserDataOptions.Load(options);
        var model = RiskModelOptions.Resolve(data, options.Value("model"));
        var (packs, run) = AssessmentOptions.Build(options, data);
        var engine = RiskEngine.For(data, model);

        using var inventory = InventoryInput.Open(input, rejectsPath, console, options.Value("context"));
        using var output = ReportOutput.Open(outPath, console);
        using var buffered = new BufferedStream(output.Stream, 1 << 16);
        using var text = new StreamWriter(buffered, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using var json = format == "json" ? new RiskJsonWriter(buffered) : null;
        IRiskSink report = format switch
        {
            "json" => json!,
            "csv" => new RiskCsvWriter(text),
            _ => new RiskTableWriter(text),
        };
        var pictureFiles = new List<OutputFile>();
        var pictures = svg is null ? null : new RiskPictures(name => CreateIn(svg, name, pictureFiles));
        var sink = pictures is null ? report : new RiskSinks.Tee(report, pictures);
        var summary = engine.Analyse(run, inventory.Reader, new AssessmentContext(input, packs, asOf) { Versions = data.VersionsFor(packs) }, sink, new ScratchDirectory(Path.GetTempPath()), inventory.Rejects.Add);
        text.Flush();
        buffered.Flush();
        json?.Dispose();
        output.Commit();
        foreach (var picture in pictureFiles)
        {
            picture.Commit();
        }

        inventory.Commit();
        inventory.Finish(summary.Records);
        if (outPath is not null)
        {
            console.Error.WriteLine($"wrote {format} risk report to {outPath}: {summary.Records.Accepted} assets");
        }

        if (svg is not null)
        {
            console.Error.WriteLine($"wrote {string.Join(", ", RiskPictures.FileNames)} to {svg}");
        }

        return ExitCodes.Done;
    }

    /// <summary>A picture file in <paramref name="directory"/>, put in place with the report once the run succeeds.</summary>
    private static Stream CreateIn(string directory, string name, List<OutputFile> files)
    {
        Directory.CreateDirectory(directory);
        var file = OutputFile.Create(Path.Combine(directory, name));
        files.Add(file);

        // The pictures close their stream when drawn; the file stays open until it is committed.
        return new NonClosingStream(file.Stream);
    }
}
