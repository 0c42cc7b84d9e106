namespace NetOrigin.Fuzzing;

/// <summary>
/// One parser under fuzz, adapted to the harness: the inputs to start from, the format's own tokens to splice in,
/// and how the product runs one input through it. A new parser gets a target of a few lines (see Targets/) and a
/// line in <see cref="FuzzTargets.All"/>; the tests and bench/fuzz then cover it.
/// </summary>
public interface IFuzzTarget
{
    /// <summary>A short stable name ("inventory-csv"); corpus files live in Corpus/NAME/.</summary>
    string Name { get; }

    /// <summary>The extension saved inputs get ("csv"), so a person can open them.</summary>
    string Extension { get; }

    IReadOnlyList<byte[]> Seeds { get; }

    /// <summary>Fragments of the format (delimiters, keywords, escapes) the mutator splices in.</summary>
    IReadOnlyList<byte[]> Tokens { get; }

    /// <summary>
    /// Runs <paramref name="input"/> through the parser, and then through what the product does with the result,
    /// as the product would. Returns null when every invariant holds, else what broke. Throws what the parser throws.
    /// </summary>
    string? Run(byte[] input, FuzzScratch scratch);

    /// <summary>Whether <paramref name="exception"/> is one of the documented input errors of this parser.</summary>
    bool IsInputError(Exception exception);
}
