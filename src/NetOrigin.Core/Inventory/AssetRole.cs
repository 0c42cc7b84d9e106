namespace NetOrigin.Inventory;

/// <summary>The part of the network an asset serves; rules such as "remove from the core by" key on it.</summary>
public enum AssetRole
{
    Unspecified,
    Core,
    Ran,
    Transport,
    Access,
    Cpe,
    Surveillance,
    Management,
    Datacenter,
    Enterprise,
    Satellite,
    Other,
}
