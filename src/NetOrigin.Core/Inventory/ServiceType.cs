namespace NetOrigin.Inventory;

/// <summary>The kind of communications service an asset of kind <see cref="AssetKind.Service"/> is.</summary>
public enum ServiceType
{
    Unspecified,
    Transit,
    Backhaul,
    Roaming,
    Interconnection,
    Satellite,
    Cloud,
    Other,
}
