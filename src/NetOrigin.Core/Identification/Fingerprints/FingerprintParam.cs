namespace NetOrigin.Identification.Fingerprints;

/// <summary>
/// One fact a fingerprint asserts: a fixed value (<see cref="Position"/> 0, e.g. hw.vendor = Huawei) or the text a
/// capture group took (<see cref="Position"/> &gt; 0, e.g. hw.product from group 1).
/// </summary>
public sealed record FingerprintParam(int Position, string Name, string? Value);
