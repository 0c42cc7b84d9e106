using System.Globalization;
using NetOrigin.Cli.Files;
using NetOrigin.Planning.Progress;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin progress record: appends one checked step to a progress file.</summary>
public sealed class ProgressRecordCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["asset", "state", "date", "by", "cost", "note"];

    public string Name => "progress record";

    public string Summary => "record that an item was ordered, replaced, removed, disposed or verified";

    public string Usage => $"""
        usage: netorigin progress record FILE --asset ID --state STATE --by NAME [--date DATE] [--cost AMOUNT] [--note TEXT]

          FILE     the progress file (docs/planning.md); created with its header when missing
          --state  {TaskStateNames.All}
          --date   the day it happened (default today); not in the future
          --by     who records it (kept with the step)
          --cost   what the step cost, for the spending in the status update
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        var file = options.RequiredPositional(0, "FILE (a progress file)");
        options.AllowPositionals(1);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var asset = options.Value("asset") ?? throw new UsageException("--asset ID is required");
        var stateText = options.Value("state") ?? throw new UsageException("--state is required");
        var by = options.Value("by") ?? throw new UsageException("--by NAME is required: every step names who recorded it");
        var date = options.Date("date") ?? today;
        decimal? cost = options.Value("cost") is { } c
            ? decimal.TryParse(c, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0 ? amount : throw new UsageException($"--cost '{c}' is not an amount of 0 or more")
            : null;
        if (!TaskStateNames.TryParse(stateText, out var state))
        {
            throw new UsageException($"--state '{stateText}' is not one of {TaskStateNames.All}");
        }

        var existing = File.Exists(file) ? File.ReadAllText(file) : "";
        var events = existing.Length == 0 ? [] : ProgressLog.Read(new StringReader(existing), file, today).Events.ToList();
        events.Add(new ProgressEvent(asset, state, date, by, cost, options.Value("note"), events.Count + 2));

        // Checking the whole file with the new step names the problem before anything is written.
        var text = new StringWriter();
        ProgressLog.Write(text, events);
        _ = ProgressLog.Read(new StringReader(text.ToString()), file, today);
        OutputFile.Write(file, writer => writer.Write(text.ToString()));
        console.Error.WriteLine($"recorded {asset} {state.Name()} on {date:yyyy-MM-dd} by {by} in {file}");
        return ExitCodes.Done;
    }
}
