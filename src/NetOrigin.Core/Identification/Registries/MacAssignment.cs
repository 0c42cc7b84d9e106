namespace NetOrigin.Identification.Registries;

public enum MacRegistryKind
{
    MaL,
    MaM,
    MaS,
    Iab,
}

/// <summary>One IEEE assignment: a prefix of 24, 28 or 36 bits and the organisation it is registered to.</summary>
public sealed record MacAssignment(MacRegistryKind Registry, string Prefix, string Organisation, RegistrySnapshot Snapshot)
{
    public string RegistryName => Registry switch
    {
        MacRegistryKind.MaL => "MA-L",
        MacRegistryKind.MaM => "MA-M",
        MacRegistryKind.MaS => "MA-S",
        _ => "IAB",
    };
}
