using System.Text;
using NetOrigin.Assessment;
using NetOrigin.Cli.Files;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Reports;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin assess: inventory in, findings with evidence out.</summary>
public sealed class AssessCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["policy", "as-of", "format", "out", "rejects", "fail-on", "data", "orgs", "waivers", "approved", "context", "evidence"];

    public string Name => "assess";

    public string Summary => "assess an inventory against policy packs; findings with evidence";

    public string Usage => $"""
        usage: netorigin assess INPUT [--policy PACK[,PACK...]] [--as-of DATE] [--format table|json|csv|cyclonedx]
                                      [--evidence referenced|inline] [--waivers FILE] [--approved FILE] [--context FILE]
                                      [--out FILE] [--rejects FILE] [--fail-on STATUS[,STATUS...]] [--data DIR] [--orgs FILE[,FILE...]]

          INPUT        inventory file: CSV, TSV or JSON Lines (docs/inventory-format.md), an Nmap XML scan or a
                       CycloneDX JSON/XML BOM (docs/connectors.md); '-' reads standard input
          --policy     shipped pack ids (netorigin policy list) or pack files given by path
                       (./my-pack.yaml); comma-separated (default us-fcc-covered-list)
          --as-of      evaluate rules and ownership as of this date (default today)
          --waivers    waivers file (docs/reference-data.md): matching findings become waived while the
                       waiver is active (granted <= as-of < expires)
          --approved   approved-manufacturers list; packs with requires_approved_list flag assets outside it
        {InventoryInput.ContextUsage}
          --format     table (default, for people), json or csv (for tools), cyclonedx (a CycloneDX 1.6
                       JSON BOM with the verdicts as properties)
          --evidence   JSON only: referenced (default) writes findings under their asset and each shared
                       evidence step and owner chain once, by id; inline writes every finding
                       self-contained, its whole chain in it (docs/assess-output.md)
          --out        write the report to FILE instead of standard output
          --rejects    write every rejected input record (file, line, reason) to FILE as CSV
          --fail-on    exit 1 if any finding has one of these statuses:
                       violation, action_required, unknown, waived, exempt, compliant
          --data       reference data directory (default: the one shipped with netorigin)
          --orgs       your own organisation files, comma-separated; they merge over the shipped data

        exit codes: 0 done, 1 a --fail-on status was found, 2 usage or input error
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        var input = options.RequiredPositional(0, "INPUT (an inventory file)");
        options.AllowPositionals(1);
        var format = options.Choice("format", "table", "json", "csv", "cyclonedx");
        var evidence = options.Choice("evidence", "referenced", "inline") == "inline" ? EvidenceShape.Inline : EvidenceShape.Referenced;

        var failOn = ParseStatuses(options.Value("fail-on"));
        var asOf = options.Date("as-of") ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var outPath = options.Value("out");
        var rejectsPath = options.Value("rejects");
        new FilePlan()
            .Reads("INPUT", input).Reads("--context", options.Value("context")).Reads("--waivers", options.Value("waivers")).Reads("--approved", options.Value("approved"))
            .Reads("--policy", (options.Value("policy") ?? "").Split(',', StringSplitOptions.TrimEntries).Where(File.Exists))
            .ReadsData(options)
            .Writes("--out", outPath).Writes("--rejects", rejectsPath)
            .Check();

        var data = UserDataOptions.Load(options);
        var (packs, run) = AssessmentOptions.Build(options, data);
        using var inventory = InventoryInput.Open(input, rejectsPath, console, options.Value("context"));
        console.Out.Flush();
        using var outFile = outPath is null ? null : OutputFile.Create(outPath);
        using var outStream = outFile?.Stream ?? new NonClosingStream(console.OutputStream);
        using var buffered = new BufferedStream(outStream, 1 << 16);
        var sink = CreateSink(format, evidence, buffered, out var text);
        var summary = run.Run(inventory.Reader, new AssessmentContext(input, packs, asOf) { Versions = data.VersionsFor(packs) }, new TeeSink(sink, inventory.Rejects));
        text?.Flush();
        buffered.Flush();
        (sink as IDisposable)?.Dispose();
        outFile?.Commit();
        inventory.Commit();

        inventory.Finish(summary.Records);
        if (outPath is not null)
        {
            console.Error.WriteLine($"wrote {format} report to {outPath}: {summary.Records.Accepted} assets, {summary.Count(FindingStatus.Violation)} violations, {summary.Count(FindingStatus.ActionRequired)} requiring action, {summary.Count(FindingStatus.Unknown)} unknown");
        }

        return failOn.Any(s => summary.Count(s) > 0) ? ExitCodes.FailOnStatusFound : ExitCodes.Done;
    }

    private static IFindingSink CreateSink(string format, EvidenceShape evidence, Stream output, out TextWriter? text)
    {
        text = null;
        if (format == "json")
        {
            return new JsonFindingWriter(output, evidence);
        }

        if (format == "csv")
        {
            return new CsvFindingWriter(output);
        }

        if (format == "cyclonedx")
        {
            // Services wait in a temporary file until the components are written; it goes when the writer does.
            var services = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            return new CycloneDxFindingWriter(output, services, DateTimeOffset.UtcNow, Guid.NewGuid());
        }

        text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        return new TableFindingWriter(text);
    }

    private static List<FindingStatus> ParseStatuses(string? text)
    {
        var statuses = new List<FindingStatus>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            statuses.Add(FindingStatusNames.TryParse(part, out var status)
                ? status
                : throw new UsageException($"--fail-on '{part}' is not one of violation, action_required, unknown, waived, exempt, compliant"));
        }

        return statuses;
    }

    /// <summary>Passes findings to the report and rejections to the rejection log.</summary>
    private sealed class TeeSink(IFindingSink report, RejectionLog rejects) : IFindingSink
    {
        public void Begin(AssessmentContext context) => report.Begin(context);

        public void Write(Finding finding) => report.Write(finding);

        public void Reject(Rejection rejection) => rejects.Add(rejection);

        public void End(AssessmentSummary summary) => report.End(summary);

        public bool ReadsAllEvidence => report.ReadsAllEvidence;
    }
}
