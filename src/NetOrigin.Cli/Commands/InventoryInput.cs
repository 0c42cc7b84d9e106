using System.Globalization;
using NetOrigin.Inventory;

namespace NetOrigin.Cli.Commands;

/// <summary>
/// The inventory a command reads and how its rejected records are reported — the same for every command: each
/// rejected record with file, line and reason (all of them to --rejects FILE when given), then the counts.
/// </summary>
internal sealed class InventoryInput : IDisposable
{
    /// <summary>Unused columns named in the note before it says how many more there are.</summary>
    private const int UnusedColumnsShown = 10;

    public const string RejectsUsage = "  --rejects    write every rejected input record (file, line, reason) to FILE as CSV";

    public const string ContextUsage = """
          --context    operator context (YAML, docs/inventory-format.md): defaults and per-site country,
                       technology, use, operator and routes_user_data for rows that leave them empty
        """;

    private readonly Console _console;

    private InventoryInput(IInventoryReader reader, RejectionLog rejects, Console console)
    {
        Reader = reader;
        Rejects = rejects;
        _console = console;
    }

    public IInventoryReader Reader { get; }
    public RejectionLog Rejects { get; }

    /// <summary>
    /// Opens the inventory; with <paramref name="contextPath"/>, rows that leave operator context empty take it from
    /// that file (read first, so a bad context file is reported before any row is read).
    /// </summary>
    public static InventoryInput Open(string path, string? rejectsPath, Console console, string? contextPath = null)
    {
        var context = contextPath is null ? null : InventoryContext.Load(contextPath);
        var reader = InventorySource.Open(path, standardInput: console.OpenInput);
        try
        {
            return new InventoryInput(context?.Over(reader) ?? reader, RejectionLog.Open(rejectsPath, console.Error), console);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Puts the --rejects file in place, once the run has succeeded.</summary>
    public void Commit() => Rejects.Commit();

    /// <summary>
    /// Reports what the reader noticed about the columns (columns read twice; the unused ones, the first few by name)
    /// and the record counts once the run is over.
    /// </summary>
    public void Finish(RecordCounts counts)
    {
        foreach (var warning in Reader.Warnings)
        {
            _console.Error.WriteLine($"warning: {warning}");
        }

        var unused = Reader.UnusedColumns;
        if (unused.Count > 0)
        {
            var shown = string.Join(", ", unused.Take(UnusedColumnsShown));
            _console.Error.WriteLine(unused.Count <= UnusedColumnsShown
                ? $"note: columns not used by NetOrigin: {shown}"
                : string.Create(CultureInfo.InvariantCulture, $"note: {unused.Count} columns not used by NetOrigin: {shown} and {unused.Count - UnusedColumnsShown} more"));
        }

        Rejects.Finish(counts);
    }

    public void Dispose()
    {
        Rejects.Dispose();
        Reader.Dispose();
    }
}
