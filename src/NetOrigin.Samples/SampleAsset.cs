namespace NetOrigin.Samples;

/// <summary>
/// What the generator knows about an asset it wrote: the true maker group and the FCC Covered List status its own
/// rules expect. Tests compare NetOrigin's answers with this, not with anything NetOrigin computes.
/// </summary>
public sealed record SampleTruth(string Id, long Line, string? MakerGroup, string ExpectedFccStatus, string Note);
