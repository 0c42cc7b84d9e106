using NetOrigin.Inventory;
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
        usage: netorigin policy diff OLD_PACK NEW_PACK --inventory FILE [--as-of DATE] [--data DIR]

          OLD_PACK, NEW_PACK  pack ids or pack files
          --inventory  inventory file: CSV, TSV or JSON Lines; '-' reads standard input
          --as-of      evaluate both packs as of this date (default today)
          --data       reference data directory (default: the one shipped with netorigin)

        prints one line per asset whose status changes (id, old -> new, why), then a count.
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, new HashSet<string> { "inventory", "as-of", "data" }, new HashSet<string>());
        var oldId = options.RequiredPositional(0, "OLD_PACK");
        var newId = options.RequiredPositional(1, "NEW_PACK");
        options.AllowPositionals(2);
        var input = options.Value("inventory") ?? throw new UsageException("missing --inventory FILE");
        var asOf = options.Date("as-of") ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var data = ReferenceDataSet.Load(DataDirectory.Locate(options.Value("data")));
        var oldPack = new PolicyEvaluator(data.Pack(oldId), data.Ownership);
        var newPack = new PolicyEvaluator(data.Pack(newId), data.Ownership);
        var identifier = data.CreateIdentifier();
        var o = console.Out;
        o.WriteLine($"{oldPack.Pack.Id} {oldPack.Pack.Version} -> {newPack.Pack.Id} {newPack.Pack.Version}, as of {asOf:yyyy-MM-dd}, inventory {input}");

        long assets = 0, changed = 0;
        using var reader = InventorySource.Open(input);
        foreach (var record in reader.Read())
        {
            if (record.Asset is not { } asset)
            {
                continue;
            }

            assets++;
            var identification = identifier.Identify(asset, asOf);
            var before = oldPack.Evaluate(asset, identification, asOf);
            var after = newPack.Evaluate(asset, identification, asOf);
            if (before.Status == after.Status && before.Deadline == after.Deadline)
            {
                continue;
            }

            changed++;
            var why = after.Evidence.LastOrDefault(e => e.Step == "designation")?.Text ?? after.Evidence[^1].Text;
            o.WriteLine(TsvCell.Row(asset.Id, $"{Describe(before)} -> {Describe(after)}", why));
        }

        o.WriteLine($"{changed} of {assets} assets change status");
        return ExitCodes.Done;
    }

    private static string Describe(Finding finding) =>
        finding.Status.Name() + (finding.Deadline is { } d ? $" (deadline {d:yyyy-MM-dd})" : "");
}
