using NetOrigin.Inventory;

namespace NetOrigin.Cli.Commands;

/// <summary>
/// The inventory a command reads and how its rejected records are reported — the same for every command: each
/// rejected record with file, line and reason (all of them to --rejects FILE when given), then the counts.
/// </summary>
internal sealed class InventoryInput : IDisposable
{
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

    /// <summary>Reports the unused columns and the record counts once the run is over.</summary>
    public void Finish(RecordCounts counts)
    {
        if (Reader.UnusedColumns.Count > 0)
        {
            _console.Error.WriteLine($"note: columns not used by NetOrigin: {string.Join(", ", Reader.UnusedColumns)}");
        }

        Rejects.Finish(counts);
    }

    public void Dispose()
    {
        Rejects.Dispose();
        Reader.Dispose();
    }
}
