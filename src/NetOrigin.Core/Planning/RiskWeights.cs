using NetOrigin.Inventory;

namespace NetOrigin.Planning;

/// <summary>How much an item's deadline miss and each day it stays in the network count, and where that came from.</summary>
public readonly record struct ItemWeight(double Value, string Source);

/// <summary>
/// The planner's view of risk: a weight per item. The risk engine's per-asset scores plug in here; without them
/// <see cref="RoleRiskWeights"/> weighs items by the part of the network they serve.
/// </summary>
public interface IItemWeights
{
    ItemWeight WeightOf(Asset asset);
}

/// <summary>
/// Default weights by role: the core and network management reach everything, transport and RAN a region, CPE one
/// customer. The scale (1 to 10) is a planning convention, not a measured risk.
/// </summary>
public sealed class RoleRiskWeights : IItemWeights
{
    public static readonly RoleRiskWeights Instance = new();

    public ItemWeight WeightOf(Asset asset) => new(Of(asset.Role), $"role {(asset.Role == AssetRole.Unspecified ? "not stated" : AssetVocabulary.NameOf(asset.Role))}");

    public static double Of(AssetRole role) => role switch
    {
        AssetRole.Core => 10,
        AssetRole.Management => 8,
        AssetRole.Transport => 6,
        AssetRole.Ran => 5,
        AssetRole.Satellite => 5,
        AssetRole.Datacenter => 5,
        AssetRole.Access => 4,
        AssetRole.Surveillance => 3,
        AssetRole.Enterprise => 2,
        AssetRole.Other => 2,
        AssetRole.Cpe => 1,
        _ => 2,
    };
}

/// <summary>Scores given per asset id (from the risk engine or a file); assets without a score fall back.</summary>
public sealed class ScoredItemWeights(IReadOnlyDictionary<string, double> scores, string source, IItemWeights fallback) : IItemWeights
{
    public ItemWeight WeightOf(Asset asset) =>
        scores.TryGetValue(asset.Id, out var score) ? new ItemWeight(Math.Max(score, 0.01), source) : fallback.WeightOf(asset);
}
