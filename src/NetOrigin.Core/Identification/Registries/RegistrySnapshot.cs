namespace NetOrigin.Identification.Registries;

/// <summary>Which listing a registry snapshot was built from, and as of when.</summary>
public sealed record RegistrySnapshot(string Title, string Source, DateOnly? Date, int Entries, string File)
{
    /// <summary>The registry's id: its snapshot file's name without extension ("ieee-ma-l", "iana-enterprise-numbers").</summary>
    public string Id => System.IO.Path.GetFileNameWithoutExtension(File);

    /// <summary>"IEEE MA-L registry snapshot 2026-08-26", as evidence cites it.</summary>
    public string Citation => Date is { } d ? $"{Title} snapshot {d:yyyy-MM-dd}" : $"{Title} snapshot";
}
