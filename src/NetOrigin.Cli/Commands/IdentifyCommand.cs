using System.Text;
using NetOrigin.Assessment;
using NetOrigin.Cli.Files;
using NetOrigin.ReferenceData;
using NetOrigin.Reports;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin identify: inventory in, who made each item (with confidence and evidence) out.</summary>
public sealed class IdentifyCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["format", "out", "rejects", "fingerprints", "data", "as-of"];

    public string Name => "identify";

    public string Summary => "name the maker of each inventory item from MACs, SNMP, banners, names; with evidence";

    public string Usage => """
        usage: netorigin identify INPUT [--format tsv|csv|jsonl] [--out FILE] [--rejects FILE] [--as-of DATE]
                                 [--fingerprints DIR] [--data DIR]

          INPUT           inventory file: CSV, TSV or JSON Lines (an id column and any identifier columns:
                          mac, sys_descr, ssh_banner, http_server, tls_subject, manufacturer, model, ...);
                          '-' reads standard input
          --format        tsv (default), csv or jsonl; columns: id, manufacturer (the maker that stands
                          behind the product on the as-of date, under its common name), product, device_type,
                          confidence (0-1), evidence (every claim and note, joined by " | "), os_vendor (the
                          operating system's maker; for a host known only by its OS, the only maker given),
                          legal_name (the maker's legal name)
          --out           write to FILE instead of standard output
          --rejects       write every rejected input record (file, line, reason) to FILE as CSV
          --as-of         answer as of this date (default today): a registrant bought, merged or renamed
                          since is given as its successor on that date
          --fingerprints  also use the recog-format fingerprint files in DIR (e.g. rapid7/recog's xml/)
          --data          reference data directory (default: the one shipped with netorigin)

        Rejected input records are reported on standard error with file, line and reason (all of them in
        the --rejects file when given), then the record counts.
        exit codes: 0 done, 2 usage or input error
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        var input = options.RequiredPositional(0, "INPUT (an inventory file)");
        options.AllowPositionals(1);
        var format = options.Choice("format", "tsv", "csv", "jsonl");

        var fingerprintDirectory = options.Value("fingerprints");
        if (fingerprintDirectory is not null && !Directory.Exists(fingerprintDirectory))
        {
            throw new UsageException($"--fingerprints '{fingerprintDirectory}' is not a directory");
        }

        var outPath = options.Value("out");
        var rejectsPath = options.Value("rejects");
        new FilePlan()
            .Reads("INPUT", input).ReadsDirectory("--fingerprints", fingerprintDirectory).ReadsData(options)
            .Writes("--out", outPath).Writes("--rejects", rejectsPath)
            .Check();

        var data = ReferenceDataSet.Load(DataDirectory.Locate(options.Value("data")), cache: ReferenceDataCacheDirectory.ForUser());
        foreach (var note in data.Fingerprints(fingerprintDirectory).Notes)
        {
            console.Error.WriteLine($"note: {note}");
        }

        var identifier = data.CreateIdentifier(fingerprintDirectory);
        var asOf = options.Date("as-of") ?? DateOnly.FromDateTime(DateTime.UtcNow);
        using var inventory = InventoryInput.Open(input, rejectsPath, console);
        console.Out.Flush();
        using var outFile = outPath is null ? null : OutputFile.Create(outPath);
        using var outStream = outFile?.Stream ?? new NonClosingStream(console.OutputStream);
        using var buffered = new BufferedStream(outStream, 1 << 16);
        using var text = new StreamWriter(buffered, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using var json = format == "jsonl" ? new JsonLinesIdentificationWriter(buffered) : null;
        IIdentificationWriter writer = format switch
        {
            "jsonl" => json!,
            "csv" => new CsvIdentificationWriter(text),
            _ => new TsvIdentificationWriter(text),
        };

        var summary = new IdentificationRun(identifier).Run(inventory.Reader, asOf, writer, inventory.Rejects.Add);
        text.Flush();
        buffered.Flush();
        outFile?.Commit();
        inventory.Commit();
        inventory.Finish(summary.Records);
        var counts = summary.Records;
        if (outPath is not null)
        {
            console.Error.WriteLine($"wrote {format} to {outPath}: {counts.Accepted} items, {summary.Identified} with a maker, {counts.Accepted - summary.Identified} unknown");
        }

        return ExitCodes.Done;
    }
}
