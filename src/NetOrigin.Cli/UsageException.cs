namespace NetOrigin.Cli;

/// <summary>The command line is wrong: exit code 2 with the message and the command's usage.</summary>
public sealed class UsageException(string message) : Exception(message);
