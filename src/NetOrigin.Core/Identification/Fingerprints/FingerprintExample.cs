namespace NetOrigin.Identification.Fingerprints;

/// <summary>A text the fingerprint must match, and the parameter values it must then yield (recog's example).</summary>
public sealed record FingerprintExample(string Text, IReadOnlyDictionary<string, string> Expected, int Line);
