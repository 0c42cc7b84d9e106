using System.Globalization;
using NetOrigin.Identification.Registries.Listings;
using NetOrigin.Reports;

namespace NetOrigin.Planning.Progress;

/// <summary>
/// The progress file (docs/planning.md, "Progress file"): CSV with a header <c>asset_id,state,date,by,cost,note</c>,
/// one line per recorded step, appended over time. Reading checks each line — the state is known, the date is a
/// date and not after the as-of date, a step does not come before the one it needs — and names file and line.
/// </summary>
public sealed class ProgressLog
{
    internal static readonly string[] Columns = ["asset_id", "state", "date", "by", "cost", "note"];

    private readonly Dictionary<string, TaskProgress> _tasks = new(StringComparer.Ordinal);
    private readonly List<ProgressEvent> _events = [];

    public static readonly ProgressLog Empty = new();

    public IReadOnlyList<ProgressEvent> Events => _events;

    internal IReadOnlyCollection<TaskProgress> Tasks => _tasks.Values;

    internal TaskProgress? Of(string assetId) => _tasks.GetValueOrDefault(assetId);

    internal decimal Spent => _events.Sum(e => e.Cost ?? 0m);

    /// <summary>Reads a progress file; events dated after <paramref name="asOf"/> are an error (progress cannot be in the future).</summary>
    public static ProgressLog Read(TextReader reader, string name, DateOnly asOf)
    {
        const int MaxChars = 64 << 20;
        var log = new ProgressLog();
        var text = new System.Text.StringBuilder();
        var chunk = new char[1 << 16];
        int read;
        while ((read = reader.Read(chunk, 0, chunk.Length)) > 0)
        {
            text.Append(chunk, 0, read);
            if (text.Length > MaxChars)
            {
                throw new InvalidDataException($"{name}: larger than {MaxChars >> 20} Mi characters; split the progress file");
            }
        }

        var records = new CsvRecords(text.ToString(), name);
        var cells = new List<string>();
        if (!records.TryRead(cells, out _))
        {
            return log;
        }

        var columns = cells.Select(c => c.Trim().ToLowerInvariant()).ToArray();
        var index = Columns.ToDictionary(c => c, c => Array.IndexOf(columns, c));
        foreach (var required in new[] { "asset_id", "state", "date", "by" })
        {
            if (index[required] < 0)
            {
                throw new InvalidDataException($"{name}:1: the header needs the column '{required}' (columns: {string.Join(",", Columns)})");
            }
        }

        while (records.TryRead(cells, out var lineNumber))
        {
            if (cells.Count == 1 && cells[0].Trim().Length == 0)
            {
                continue;
            }

            string? Cell(string column) => index[column] >= 0 && index[column] < cells.Count && cells[index[column]].Trim() is { Length: > 0 } v ? v : null;
            string Where() => $"{name}:{lineNumber}";

            var assetId = Cell("asset_id") ?? throw new InvalidDataException($"{Where()}: asset_id is empty");
            var stateText = Cell("state") ?? throw new InvalidDataException($"{Where()}: state is empty");
            if (!TaskStateNames.TryParse(stateText, out var state))
            {
                throw new InvalidDataException($"{Where()}: state '{stateText}' is not one of {TaskStateNames.All}");
            }

            var dateText = Cell("date") ?? throw new InvalidDataException($"{Where()}: date is empty");
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidDataException($"{Where()}: date '{dateText}' is not a date (use YYYY-MM-DD)");
            }

            var by = Cell("by") ?? throw new InvalidDataException($"{Where()}: 'by' is empty: every step names who recorded it");
            decimal? cost = null;
            if (Cell("cost") is { } costText)
            {
                cost = decimal.TryParse(costText, NumberStyles.Number, CultureInfo.InvariantCulture, out var c) && c >= 0
                    ? c
                    : throw new InvalidDataException($"{Where()}: cost '{costText}' is not an amount of 0 or more");
            }

            var e = new ProgressEvent(assetId, state, date, by, cost, Cell("note"), lineNumber);
            log.Add(e, Where(), asOf);
        }

        return log;
    }

    /// <summary>
    /// The log of steps recorded elsewhere (a server's store), checked as a file's lines are: each step's
    /// <see cref="ProgressEvent.Line"/> is its number in <paramref name="name"/>.
    /// </summary>
    public static ProgressLog From(IEnumerable<ProgressEvent> events, string name, DateOnly asOf)
    {
        var log = new ProgressLog();
        foreach (var e in events)
        {
            log.Add(e, $"{name} step {e.Line}", asOf);
        }

        return log;
    }

    private void Add(ProgressEvent e, string where, DateOnly asOf)
    {
        if (e.Date > asOf)
        {
            throw new InvalidDataException($"{where}: {e.AssetId} {e.State.Name()} on {e.Date:yyyy-MM-dd} is after the as-of date {asOf:yyyy-MM-dd}; progress cannot be recorded ahead of time");
        }

        if (string.IsNullOrWhiteSpace(e.By))
        {
            throw new InvalidDataException($"{where}: 'by' is empty: every step names who recorded it");
        }

        if (!_tasks.TryGetValue(e.AssetId, out var task))
        {
            task = new TaskProgress(e.AssetId);
            _tasks[e.AssetId] = task;
        }

        // A step needs the steps it builds on, recorded on or before its own date.
        TaskState[] needs = e.State switch
        {
            TaskState.Disposed => [TaskState.Removed],
            TaskState.Verified => [TaskState.Replaced, TaskState.Removed, TaskState.Disposed],
            _ => [],
        };
        foreach (var need in needs)
        {
            if (task.DateOf(need) is not { } when)
            {
                throw new InvalidDataException($"{where}: {e.AssetId} is {e.State.Name()} but was never recorded as {need.Name()}");
            }

            if (when > e.Date)
            {
                throw new InvalidDataException($"{where}: {e.AssetId} is {e.State.Name()} on {e.Date:yyyy-MM-dd}, before it was {need.Name()} on {when:yyyy-MM-dd}");
            }
        }

        task.Record(e);
        _events.Add(e);
    }

    /// <summary>Writes events in the file's format (formula-safe cells), header first.</summary>
    public static void Write(TextWriter writer, IEnumerable<ProgressEvent> events)
    {
        writer.Write(string.Join(',', Columns) + "\n");
        foreach (var e in events)
        {
            writer.Write(string.Join(',', new[]
            {
                CsvCell.Format(e.AssetId),
                e.State.Name(),
                e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                CsvCell.Format(e.By),
                e.Cost?.ToString(CultureInfo.InvariantCulture) ?? "",
                CsvCell.Format(e.Note ?? ""),
            }) + "\n");
        }
    }
}
