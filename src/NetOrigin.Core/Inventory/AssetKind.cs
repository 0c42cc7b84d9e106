namespace NetOrigin.Inventory;

/// <summary>What an inventory row describes.</summary>
public enum AssetKind
{
    Unspecified,
    Device,
    Module,
    Software,
    Service,
}
