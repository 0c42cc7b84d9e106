namespace NetOrigin.Cli;

public static class ExitCodes
{
    public const int Done = 0;

    /// <summary>A status named by --fail-on was found (for CI gating).</summary>
    public const int FailOnStatusFound = 1;

    /// <summary>Bad command line, or input that cannot be read.</summary>
    public const int UsageOrInputError = 2;
}
