using NetOrigin.Policies.Waivers;
using NetOrigin.ReferenceData;
using NetOrigin.Reports;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin waivers list: every waiver with its state, or those about to expire.</summary>
public sealed class WaiversListCommand : ICommand
{
    public string Name => "waivers list";

    public string Summary => "list waivers: active, expired, or expiring within DAYS";

    public string Usage => """
        usage: netorigin waivers list FILE [--expiring-within DAYS] [--as-of DATE] [--data DIR]

          FILE               waivers file (docs/reference-data.md, "Waivers")
          --expiring-within  only waivers active on the as-of date that expire within DAYS days
          --as-of            the date states are judged on (default today)
          --data             reference data directory (default: the one shipped with netorigin)
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, new HashSet<string> { "expiring-within", "as-of", "data" }, new HashSet<string>());
        var file = options.RequiredPositional(0, "FILE (a waivers file)");
        options.AllowPositionals(1);
        var asOf = options.Date("as-of") ?? DateOnly.FromDateTime(DateTime.UtcNow);
        int? within = options.Has("expiring-within") ? options.Int("expiring-within", 30, 0, 36_500) : null;
        var data = ReferenceDataSet.Load(DataDirectory.Locate(options.Value("data")));
        var book = WaiverBook.Load(file, data.Graph);
        var shown = 0;
        foreach (var waiver in book.Waivers)
        {
            var expiring = within is { } days && waiver.ExpiresWithin(asOf, days);
            if (within is not null && !expiring)
            {
                continue;
            }

            var state = expiring ? $"expiring-within {within}d"
                : waiver.StateOn(asOf) switch
                {
                    WaiverState.Active => "active",
                    WaiverState.Expired => "expired",
                    _ => "not yet granted",
                };
            console.Out.WriteLine(TsvCell.Row(waiver.Id, state, $"{waiver.Granted:yyyy-MM-dd} .. {waiver.Expires:yyyy-MM-dd}", waiver.Approver, waiver.Scope.Describe(), waiver.Justification));
            shown++;
        }

        console.Out.WriteLine($"{shown} of {book.Waivers.Count} waivers{(within is null ? "" : $" expire within {within} days of {asOf:yyyy-MM-dd}")}");
        return ExitCodes.Done;
    }
}
