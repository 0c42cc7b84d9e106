using System.Text;
using NetOrigin.Assessment;
using NetOrigin.Cli.Files;
using NetOrigin.Reports.Risk;
using NetOrigin.Risk;
using NetOrigin.Risk.Exposure;
using NetOrigin.Storage.Risk;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin exposure: which sites and functions go dark if a provider, a controller or a country cuts service.</summary>
public sealed class ExposureCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["cut", "as-of", "format", "out", "rejects", "data", "orgs", "context"];

    public string Name => "exposure";

    public string Summary => "what goes dark if a provider, every company under a controller, or a country cuts service";

    public string Usage => $"""
        usage: netorigin exposure INPUT --cut PROVIDER|CONTROLLER|country:CC[,...] [--as-of DATE] [--format table|json]
                                        [--context FILE] [--out FILE] [--rejects FILE] [--data DIR] [--orgs FILE[,FILE...]]

          INPUT        inventory file: CSV, TSV or JSON Lines (docs/inventory-format.md); '-' reads standard input
          --cut        who stops serving: an organisation id, name, alias or brand (Starlink, Qianfan, spacex) -
                       with every company it controls - or country:CC for every company controlled from that
                       country (country:CN); several, comma-separated, stop together
          --as-of      judge who controls whom as of this date (default today)
          --format     table (default, for people) or json (every affected site, for tools)
          --out        write the report to FILE instead of standard output
        {InventoryInput.ContextUsage}
        {InventoryInput.RejectsUsage}
        {UserDataOptions.Usage}
        A site goes dark when every link out of it (transit, backhaul, interconnection) is cut; a function keeps an
        independent alternative only if what remains is under another ultimate controller (docs/risk.md).

        exit codes: 0 done, 2 usage or input error
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        var input = options.RequiredPositional(0, "INPUT (an inventory file)");
        options.AllowPositionals(1);
        var format = options.Choice("format", "table", "json");
        var asOf = options.Date("as-of") ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var cutText = options.Value("cut") ?? throw new UsageException("--cut is required: who stops serving (a provider, a controller, or country:CC)");

        var outPath = options.Value("out");
        var rejectsPath = options.Value("rejects");
        new FilePlan()
            .Reads("INPUT", input).Reads("--context", options.Value("context"))
            .ReadsData(options)
            .Writes("--out", outPath).Writes("--rejects", rejectsPath)
            .Check();

        var data = UserDataOptions.Load(options);
        var cuts = new List<CutTarget>();
        foreach (var part in cutText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                cuts.Add(CutTarget.Resolve(part, data.Resolver, asOf));
            }
            catch (CutTargetException ex)
            {
                throw new UsageException($"--cut {ex.Message}");
            }
        }

        if (cuts.Count == 0)
        {
            throw new UsageException("--cut names nothing");
        }

        var (packs, run) = AssessmentOptions.Build(options, data, defaultPacks: null);
        var engine = RiskEngine.For(data, RiskModelOptions.Resolve(data, null));
        using var inventory = InventoryInput.Open(input, rejectsPath, console, options.Value("context"));
        using var output = ReportOutput.Open(outPath, console);
        using var buffered = new BufferedStream(output.Stream, 1 << 16);
        using var text = new StreamWriter(buffered, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using var json = format == "json" ? new ExposureJsonWriter(buffered) : null;
        IExposureSink sink = json is null ? new ExposureTableWriter(text) : json;
        var summary = engine.Expose(run, inventory.Reader, new AssessmentContext(input, packs, asOf) { Versions = data.VersionsFor(packs) }, cuts, sink, new ScratchDirectory(Path.GetTempPath()), inventory.Rejects.Add);
        text.Flush();
        buffered.Flush();
        json?.Dispose();
        output.Commit();
        inventory.Commit();
        inventory.Finish(summary.Records);
        if (outPath is not null)
        {
            console.Error.WriteLine($"wrote {format} exposure report to {outPath}: {summary.Records.Accepted} assets");
        }

        return ExitCodes.Done;
    }
}
