using NetOrigin.Inventory;

namespace NetOrigin.Risk;

/// <summary>Whether a function is served by bought services or by equipment the operator runs.</summary>
public enum FunctionLayer
{
    /// <summary>Transit, backhaul (terrestrial or satellite), interconnection, cloud, roaming: lost when the provider stops.</summary>
    Service,

    /// <summary>Core, RAN, transport, access, CPE, ...: without its maker it loses support, spares and updates.</summary>
    Equipment,
}

/// <summary>
/// What an asset does at its site, for dependency: a service by what it provides (satellite service is backhaul),
/// equipment by its role. Two assets with the same function at one site are alternatives to each other.
/// </summary>
public readonly record struct AssetFunction(FunctionLayer Layer, string Name)
{
    /// <summary>Links out of a site: a site whose every link is lost goes dark.</summary>
    public bool IsLink => Layer == FunctionLayer.Service && Name is "transit" or "backhaul" or "interconnection";

    public override string ToString() => Name;

    internal static AssetFunction Of(Asset asset, AssetKind kind)
    {
        if (kind != AssetKind.Service)
        {
            return new AssetFunction(FunctionLayer.Equipment, asset.Role == AssetRole.Unspecified ? "unspecified-role" : AssetVocabulary.NameOf(asset.Role));
        }

        var name = asset.ServiceType switch
        {
            ServiceType.Transit => "transit",
            ServiceType.Backhaul or ServiceType.Satellite => "backhaul",
            ServiceType.Interconnection => "interconnection",
            ServiceType.Cloud => "cloud",
            ServiceType.Roaming => "roaming",
            _ => asset.Role is AssetRole.Satellite or AssetRole.Transport ? "backhaul" : "other-service",
        };
        return new AssetFunction(FunctionLayer.Service, name);
    }
}
