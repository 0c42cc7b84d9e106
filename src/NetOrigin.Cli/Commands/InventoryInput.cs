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

    private readonly Console _console;

    private InventoryInput(IInventoryReader reader, RejectionLog rejects, Console console)
    {
        Reader = reader;
        Rejects = rejects;
        _console = console;
    }

    public IInventoryReader Reader { get; }
    public RejectionLog Rejects { get; }

    public static InventoryInput Open(string path, string? rejectsPath, Console console)
    {
        var reader = InventorySource.Open(path, standardInput: console.OpenInput);
        try
        {
            return new InventoryInput(reader, RejectionLog.Open(rejectsPath, console.Error), console);
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
