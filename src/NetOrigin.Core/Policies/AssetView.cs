using NetOrigin.Entities;
using NetOrigin.Inventory;

namespace NetOrigin.Policies;

/// <summary>
/// An asset as the rules see it: its effective kind (a row with a provider is a service even if the kind column is
/// empty) and the product categories it falls in, from its role, kind and the maker's line of business.
/// </summary>
internal sealed class AssetView
{
    public AssetView(Asset asset, Organisation? maker, OperatorStanding? operatorStanding = null, IReadOnlyList<ImpliedUse>? operatorUses = null)
    {
        Asset = asset;
        Operator = operatorStanding;
        OperatorUses = operatorUses ?? [];
        Kind = EffectiveKind(asset);
        Categories = CategoriesOf(asset, Kind, maker);
    }

    public Asset Asset { get; }
    public AssetKind Kind { get; }
    public HashSet<string> Categories { get; }

    /// <summary>Who runs the asset (its owner_org, resolved), when the inventory names one.</summary>
    public OperatorStanding? Operator { get; }

    /// <summary>Uses that follow from the operator under the pack being applied (state-owned enterprise, ...).</summary>
    public IReadOnlyList<ImpliedUse> OperatorUses { get; }

    /// <summary>The kind as stated, else a service when it names a provider or service type, else a device.</summary>
    public static AssetKind EffectiveKind(Asset asset) =>
        asset.Kind != AssetKind.Unspecified ? asset.Kind
        : asset.Provider is not null || asset.ServiceType != ServiceType.Unspecified ? AssetKind.Service
        : AssetKind.Device;

    private static HashSet<string> CategoriesOf(Asset asset, AssetKind kind, Organisation? maker)
    {
        var categories = new HashSet<string>(StringComparer.Ordinal);
        switch (kind)
        {
            case AssetKind.Service:
                categories.Add(asset.ServiceType == ServiceType.Satellite || asset.Role == AssetRole.Satellite ? "satellite-services" : "telecom-services");
                if (maker?.Categories.Contains("satellite-services") == true && asset.ServiceType is ServiceType.Satellite or ServiceType.Unspecified)
                {
                    categories.Add("satellite-services");
                }

                break;
            case AssetKind.Software:
                categories.Add("software");
                if (maker?.Categories.Contains("security-software") == true)
                {
                    categories.Add("security-software");
                }

                break;
            default:
                categories.Add("telecom-equipment");
                if (asset.Role == AssetRole.Surveillance)
                {
                    categories.Add("video-surveillance");
                }

                foreach (var category in maker?.Categories ?? [])
                {
                    if (category is not ("telecom-services" or "satellite-services" or "software" or "security-software"))
                    {
                        categories.Add(category);
                    }
                }

                break;
        }

        return categories;
    }
}
