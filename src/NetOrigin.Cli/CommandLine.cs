using NetOrigin.Inventory;
using NetOrigin.ReferenceData;

namespace NetOrigin.Cli;

/// <summary>Picks the command by its words, runs it, and maps failures to exit codes and plain messages.</summary>
public static class CommandLine
{
    public static int Run(IReadOnlyList<ICommand> commands, IReadOnlyList<string> args, Console console)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            WriteOverview(commands, console.Out);
            return args.Count == 0 ? ExitCodes.UsageOrInputError : ExitCodes.Done;
        }

        // The longest matching name wins, so "org show" is chosen over a hypothetical "org".
        var command = commands
            .Where(c => Matches(c.Name, args))
            .OrderByDescending(c => c.Name.Length)
            .FirstOrDefault();
        if (command is null)
        {
            console.Error.WriteLine($"netorigin: unknown command '{string.Join(' ', args.Take(2))}'");
            WriteOverview(commands, console.Error);
            return ExitCodes.UsageOrInputError;
        }

        var rest = args.Skip(command.Name.Split(' ').Length).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            console.Out.WriteLine(command.Usage);
            return ExitCodes.Done;
        }

        try
        {
            return command.Run(rest, console);
        }
        catch (UsageException ex)
        {
            console.Error.WriteLine($"netorigin {command.Name}: {ex.Message}");
            console.Error.WriteLine();
            console.Error.WriteLine(command.Usage);
            return ExitCodes.UsageOrInputError;
        }
        catch (Exception ex) when (ex is InventoryFormatException or ReferenceDataException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            console.Error.WriteLine($"netorigin {command.Name}: {ex.Message}");
            return ExitCodes.UsageOrInputError;
        }
    }

    private static bool Matches(string name, IReadOnlyList<string> args)
    {
        var words = name.Split(' ');
        return words.Length <= args.Count && words.Select((w, i) => w == args[i]).All(b => b);
    }

    private static void WriteOverview(IReadOnlyList<ICommand> commands, TextWriter writer)
    {
        writer.WriteLine("netorigin — who made what is in your network, who controls them, and which rules apply");
        writer.WriteLine();
        writer.WriteLine("commands:");
        foreach (var command in commands)
        {
            writer.WriteLine($"  {command.Name,-18} {command.Summary}");
        }

        writer.WriteLine();
        writer.WriteLine("Run 'netorigin COMMAND --help' for a command's options.");
    }
}
