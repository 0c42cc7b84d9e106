using NetOrigin.ReferenceData;

namespace NetOrigin.Entities;

/// <summary>A use every asset an operator runs has in its country ("critical-information-infrastructure"), and on what authority.</summary>
internal sealed record OperatorUse(string Use, IReadOnlyList<Source> Sources, bool Unverified);
