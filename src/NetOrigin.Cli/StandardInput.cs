using NetOrigin.Inventory;

namespace NetOrigin.Cli;

/// <summary>The program's standard input, for an inventory given as '-': only when it can deliver one.</summary>
internal static class StandardInput
{
    /// <summary>O_CLOEXEC in /proc/self/fdinfo: set on descriptors this process opened, never on one it inherited.</summary>
    private const int CloseOnExec = 0x80000;

    public static Stream Open()
    {
        if (!System.Console.IsInputRedirected)
        {
            throw new UsageException("INPUT '-' reads standard input, which is a terminal here; pipe the inventory in (netorigin ... - < inventory.csv) or name the file");
        }

        if (IsClosed())
        {
            throw new InventoryFormatException("<stdin>: standard input is closed; pipe the inventory in or name the file");
        }

        return System.Console.OpenStandardInput();
    }

    /// <summary>
    /// Whether the program was started with standard input closed. The runtime then opens its own pipe at descriptor
    /// 0, which never delivers a byte, so reading it would wait forever; that descriptor is marked close-on-exec,
    /// which an inherited standard input never is.
    /// </summary>
    private static bool IsClosed()
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
