namespace NetOrigin.Cli;

/// <summary>
/// The streams a command writes to, so tests can run commands in-process. <see cref="OutputStream"/> and
/// <see cref="Out"/> are the same standard output; bulk reports write bytes to the stream.
/// </summary>
public sealed record Console(TextWriter Out, TextWriter Error, Stream OutputStream)
{
    public static Console System => new(global::System.Console.Out, global::System.Console.Error, global::System.Console.OpenStandardOutput())
    {
        OpenInput = StandardInput.Open,
    };

    /// <summary>Opens standard input, for an inventory given as '-'; none when the host has no input.</summary>
    public Func<Stream>? OpenInput { get; init; }
}
