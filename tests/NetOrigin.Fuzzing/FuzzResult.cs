namespace NetOrigin.Fuzzing;

/// <summary>How one input fared.</summary>
public enum FuzzVerdict
{
    /// <summary>Parsed (records accepted or rejected), every invariant held.</summary>
    Read,

    /// <summary>Refused with one of the parser's documented input errors, whose message names the input.</summary>
    InputError,

    /// <summary>An exception escaped that is not a documented input error.</summary>
    Crash,

    /// <summary>Did not finish within the harness's time bound.</summary>
    Hang,

    /// <summary>Allocated more than the harness's memory bound.</summary>
    Memory,

    /// <summary>Finished, but an invariant broke (records lost, an error that names no file, ...).</summary>
    Broken,
}

public sealed record FuzzResult(FuzzVerdict Verdict, string? Detail, TimeSpan Elapsed, long AllocatedBytes)
{
    public bool IsFailure => Verdict is FuzzVerdict.Crash or FuzzVerdict.Hang or FuzzVerdict.Memory or FuzzVerdict.Broken;

    /// <summary>
    /// What identifies the failure for minimising: the verdict and, for crashes, the exception type; for broken
    /// invariants, what broke without its figures (a shorter input may give a shorter message, the same fault).
    /// </summary>
    public string Signature => Verdict switch
    {
        FuzzVerdict.Crash or FuzzVerdict.Broken => $"{Verdict}: {new string((Detail ?? "").Split('\n')[0].Split(':')[0].Where(c => !char.IsAsciiDigit(c)).ToArray())}",
        _ => Verdict.ToString(),
    };
}

/// <summary>A failing case: enough to regenerate it (seed, target, case) and the input itself.</summary>
public sealed record FuzzFailure(string Target, ulong Seed, int Case, string Mutations, FuzzResult Result, byte[] Input)
{
    public override string ToString() =>
        $"{Target} case {Case} (seed {Seed}; {Mutations}): {Result.Verdict}: {Result.Detail}";
}
