namespace NetOrigin.Cli;

/// <summary>One `netorigin` command.</summary>
public interface ICommand
{
    /// <summary>The words that select it, e.g. "assess" or "org show".</summary>
    string Name { get; }

    string Summary { get; }

    /// <summary>The synopsis and options, printed by --help and on usage errors.</summary>
    string Usage { get; }

    int Run(IReadOnlyList<string> args, Console console);
}
