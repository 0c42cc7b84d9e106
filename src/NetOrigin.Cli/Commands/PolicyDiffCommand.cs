using NetOrigin.Assessment;
using NetOrigin.Cli.Files;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;
using NetOrigin.Reports;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin policy diff: which assets change status when a list changes (e.g. the 2025-12-22 FCC addition).</summary>
public sealed class PolicyDiffCommand : ICommand
{
    public string Name => "policy diff";

    public string Summary => "assets whose status changes between two versions of a policy pack";

    public string Usage => """
        usage: netorigin policy diff OLD_PACK NEW_PACK --inventory FILE [--as-of DATE] [--rejects FILE] [--data DIR]

          OLD_PACK, NEW_PACK  shipped pack ids or pack files given by path (./old-pack.yaml)
          --inventory  inventory file: CSV, TSV or JSON Lines; '-' reads standard input
          --as-of      evaluate both packs as of this date (default today)
          --rejects    write every rejected input record (file, line, reason) to FILE as CSV
          --data       reference data directory (default: the one shipped with netorigin)

        prints one line per asset whose status changes (id, old -> new, why), then a count; rejected input
        records are reported on standard error with file, line and reason, then the record counts.
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, new HashSet<string> { "inventory", "as-of", "rejects", "data" }, new HashSet<string>());
        var oldId = options.RequiredPositional(0, "OLD_PACK");
        var newId = options.RequiredPositional(1, "NEW_PACK");
        options.AllowPositionals(2);
        var input = options.Value("inventory") ?? throw new UsageException("missing --inventory FILE");
        var asOf = options.Date("as-of") ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var rejectsPath = options.Value("rejects");
        new FilePlan().Reads("--inventory", input).Reads("OLD_PACK", File.Exists(oldId) ? oldId : null).Reads("NEW_PACK", File.Exists(newId) ? newId : null)
            .ReadsData(options).Writes("--rejects", rejectsPath).Check();

        var data = ReferenceDataSet.Load(DataDirectory.Locate(options.Value("data")), cache: ReferenceDataCacheDirectory.ForUser());
        var before = new PolicyEvaluator(PackOptions.Resolve(data, oldId), data.Ownership, data.Resolver);
        var after = new PolicyEvaluator(PackOptions.Resolve(data, newId), data.Ownership, data.Resolver);
        var o = console.Out;
        o.WriteLine($"{before.Pack.Id} {before.Pack.Version} -> {after.Pack.Id} {after.Pack.Version}, as of {asOf:yyyy-MM-dd}, inventory {input}");

        using var inventory = InventoryInput.Open(input, rejectsPath, console);
        var diff = new PolicyDiff(data.CreateIdentifier(), before, after);
        var summary = diff.Run(inventory.Reader, asOf, change => o.WriteLine(TsvCell.Row(change.Asset.Id, $"{Describe(change.Before)} -> {Describe(change.After)}", change.Why.Text)), inventory.Rejects.Add);
        o.WriteLine($"{summary.Changed} of {summary.Records.Accepted} assets change status{(summary.Records.Rejected > 0 ? $"; {summary.Records.Rejected} of {summary.Records.Read} records rejected" : "")}");
        o.Flush();
        inventory.Commit();
        inventory.Finish(summary.Records);
        return ExitCodes.Done;
    }

    private static string Describe(Finding finding) =>
        finding.Status.Name() + (finding.Deadline is { } d ? $" (deadline {d:yyyy-MM-dd})" : "");
}
