using System.Globalization;
using NetOrigin.Inventory;

namespace NetOrigin.Cli;

/// <summary>The inventory a command reads (a file, or "-" for standard input) and what the reader noticed about its columns.</summary>
internal static class InventoryInput
{
    /// <summary>Unused columns named in the note before it says how many more there are.</summary>
    private const int UnusedColumnsShown = 10;

    /// <summary>O_CLOEXEC in /proc/self/fdinfo: set on descriptors this process opened, never on one it inherited.</summary>
    private const int CloseOnExec = 0x80000;

    public static IInventoryReader Open(string input)
    {
        if (input != "-")
        {
            return InventorySource.Open(input);
        }

        if (!System.Console.IsInputRedirected)
        {
            throw new UsageException("INPUT '-' reads standard input, which is a terminal here; pipe the inventory in (netorigin ... - < inventory.csv) or name the file");
        }

        if (StandardInputIsClosed())
        {
            throw new InventoryFormatException("<stdin>: standard input is closed; pipe the inventory in or name the file");
        }

        return InventorySource.Open(System.Console.OpenStandardInput(), "<stdin>");
    }

    /// <summary>Warnings about the header (columns read twice) and a short note of the columns no field reads.</summary>
    public static void WriteNotes(IInventoryReader reader, TextWriter error)
    {
        foreach (var warning in reader.Warnings)
        {
            error.WriteLine($"warning: {warning}");
        }

        var unused = reader.UnusedColumns;
        if (unused.Count == 0)
        {
            return;
        }

        var shown = string.Join(", ", unused.Take(UnusedColumnsShown));
        error.WriteLine(unused.Count <= UnusedColumnsShown
            ? $"note: columns not used by NetOrigin: {shown}"
            : string.Create(CultureInfo.InvariantCulture, $"note: {unused.Count} columns not used by NetOrigin: {shown} and {unused.Count - UnusedColumnsShown} more"));
    }

    /// <summary>
    /// Whether the program was started with standard input closed. The runtime then opens its own pipe at descriptor
    /// 0, which never delivers a byte, so reading it would wait forever; that descriptor is marked close-on-exec,
    /// which an inherited standard input never is.
    /// </summary>
    private static bool StandardInputIsClosed()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self/fdinfo"))
        {
            return false;
        }

        try
        {
            foreach (var line in File.ReadLines("/proc/self/fdinfo/0"))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                {
                    return (Convert.ToInt32(line["flags:".Length..].Trim(), 8) & CloseOnExec) != 0;
                }
            }

            return false;
        }
        catch (FileNotFoundException)
        {
            // No descriptor 0 at all.
            return true;
        }
    }
}
