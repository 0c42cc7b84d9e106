namespace NetOrigin.Identification.Fingerprints;

internal enum FingerprintOutcome
{
    NoMatch,
    Matched,

    /// <summary>The expression ran past its time limit on this text and was abandoned.</summary>
    TimedOut,

    /// <summary>The expression timed out too often and is no longer run.</summary>
    Disabled,
}
