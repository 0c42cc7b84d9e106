using NetOrigin.ReferenceData;

namespace NetOrigin.Policies;

/// <summary>
/// One link of a verdict's evidence chain: what was concluded, and on what authority — a registry snapshot or
/// fingerprint file (<see cref="Source"/>, as short text) and/or documents from the reference data (<see cref="Sources"/>).
/// </summary>
public sealed record EvidenceStep(string Step, string Text, string? Source = null, IReadOnlyList<Source>? Sources = null)
{
    /// <summary>
    /// The step is shared, unchanged, by many findings (the policy part of a cached verdict), so writers may encode it
    /// once and reuse the bytes.
    /// </summary>
    public bool Shared { get; init; }

    /// <summary>The first authority, as people read it.</summary>
    public string? FirstCitation => Sources is { Count: > 0 } sources
        ? sources[0].Citation + (sources[0].Unverified ? " [unverified]" : "") + (sources.Count > 1 ? $" (and {sources.Count - 1} more)" : "")
        : Source;
}
