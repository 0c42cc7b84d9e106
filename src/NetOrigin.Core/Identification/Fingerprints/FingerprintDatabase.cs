namespace NetOrigin.Identification.Fingerprints;

/// <summary>One fingerprint file: which text it reads (recog's <c>matches</c>), its version, and its fingerprints in order.</summary>
public sealed class FingerprintDatabase
{
    internal FingerprintDatabase(string path, string displayPath, string matches, string? protocol, string? databaseType, string? version, double? preference, IReadOnlyList<Fingerprint> fingerprints)
    {
        Path = path;
        DisplayPath = displayPath;
        Matches = matches;
        Protocol = protocol;
        DatabaseType = databaseType;
        Version = version;
        Preference = preference;
        Fingerprints = fingerprints;
        foreach (var fingerprint in fingerprints)
        {
            fingerprint.Database = this;
        }
    }

    internal string Path { get; }

    /// <summary>How evidence names the file: "data/fingerprints/snmp_sysdescr.xml" for shipped ones, else the path given.</summary>
    internal string DisplayPath { get; }

    /// <summary>recog's name for the text the file reads, e.g. "snmp.sys_description".</summary>
    public string Matches { get; }
    internal string? Protocol { get; }
    internal string? DatabaseType { get; }
    internal string? Version { get; }

    /// <summary>recog's preference (0–1): how much a match in this file is worth when nothing more specific is said.</summary>
    internal double? Preference { get; }
    public IReadOnlyList<Fingerprint> Fingerprints { get; }

    /// <summary>"data/fingerprints/snmp_sysdescr.xml version 2026-11-21", as evidence cites it.</summary>
    internal string Citation => Version is null ? DisplayPath : $"{DisplayPath} version {Version}";
}
