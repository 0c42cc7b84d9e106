using NetOrigin.ReferenceData;

namespace NetOrigin.Policies;

/// <summary>
/// One link of a verdict's evidence chain: what was concluded (<see cref="Text"/>, for people), the same as data
/// (<see cref="Facts"/>: ids, dates, registry entries, fingerprints — for storage, the UI and risk scoring, which
/// never parse the text), and on what authority: a registry snapshot or fingerprint file (<see cref="Source"/>)
/// and documents from the reference data (<see cref="Sources"/>).
/// </summary>
public sealed record EvidenceStep(EvidenceKind Kind, string Text, string? Source = null, IReadOnlyList<Source>? Sources = null)
{
    /// <summary>The step's name in reports: "identifier", "owner", "approved list", ...</summary>
    public string Step => Kind.Name();

    public EvidenceFacts Facts { get; init; } = EvidenceFacts.None;

    /// <summary>
    /// The step is shared, unchanged, by many findings (the policy part of a cached verdict), so writers may encode it
    /// once and reuse the bytes.
    /// </summary>
    public bool Shared { get; init; }

    /// <summary>
    /// One asset's own step, but one object handed to every asset it describes alike (an identification note): reports still write it inline with each asset, and may encode it once. Not part of equality.
    /// </summary>
    internal bool Reused { get; init; }

    /// <summary>The first authority, as people read it.</summary>
    public string? FirstCitation => Sources is { Count: > 0 } sources
        ? sources[0].Citation + (sources[0].Unverified ? " [unverified]" : "") + (sources.Count > 1 ? $" (and {sources.Count - 1} more)" : "")
        : Source;

    /// <summary>Equal in kind, text, authorities and facts (sources compared by id).</summary>
    public bool Equals(EvidenceStep? other) =>
        other is not null
        && Kind == other.Kind
        && Text == other.Text
        && Source == other.Source
        && (Sources ?? []).Select(s => s.Id).SequenceEqual((other.Sources ?? []).Select(s => s.Id), StringComparer.Ordinal)
        && Facts.Equals(other.Facts);

    public override int GetHashCode() => HashCode.Combine(Kind, Text, Facts);
}

/// <summary>What an evidence step is about, in the order a chain runs.</summary>
public enum EvidenceKind
{
    Identifier,
    Manufacturer,
    Owner,
    Designation,
    Scope,
    Exception,
    Obligation,
    ApprovedList,
    Waiver,
    Verdict,
    Share,
    Operator,
    Context,

    /// <summary>How the record was read, where it matters (two columns for one field that disagree); first in a chain.</summary>
    Input,
}

internal static class EvidenceKindNames
{
    private static readonly string[] Names = ["identifier", "manufacturer", "owner", "designation", "scope", "exception", "obligation", "approved list", "waiver", "verdict", "share", "operator", "context", "input"];

    public static string Name(this EvidenceKind kind) => Names[(int)kind];

    public static bool TryParse(string name, out EvidenceKind kind)
    {
        var index = Array.IndexOf(Names, name);
        kind = (EvidenceKind)Math.Max(index, 0);
        return index >= 0;
    }
}
