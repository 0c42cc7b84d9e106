namespace NetOrigin.Policies;

/// <summary>One link of a verdict's evidence chain: what was concluded, and on what authority.</summary>
public sealed record EvidenceStep(string Step, string Text, string? Source = null);
