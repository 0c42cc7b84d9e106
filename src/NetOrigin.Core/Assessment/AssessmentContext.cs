using NetOrigin.Policies;

namespace NetOrigin.Assessment;

/// <summary>What an assessment runs on: the input, the packs and the date the answers hold for.</summary>
public sealed record AssessmentContext(string Input, IReadOnlyList<PolicyPack> Packs, DateOnly AsOf)
{
    /// <summary>The reference data the answers come from; reports state it so a verdict can be reproduced.</summary>
    public ReferenceData.ReferenceDataVersions? Versions { get; init; }
}
