namespace NetOrigin.Identification;

/// <summary>A registry entry: which registry ("ieee-ma-l", "iana-pen"), which entry (prefix or number), which snapshot.</summary>
public sealed record RegistryEntryReference(string Registry, string Entry, DateOnly? SnapshotDate);

/// <summary>A fingerprint: its database file, its line there, its description and the database's version.</summary>
public sealed record FingerprintReference(string Database, int Line, string Description, string? DatabaseVersion);
