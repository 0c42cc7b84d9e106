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
/// Weights by role, for items the risk engine does not score: the core and network management reach everything,
/// transport and RAN a region, CPE one customer. On the risk scores' scale (0 to 100) so that the two mix; the
/// values are a planning convention, not a measured risk.
/// </summary>
internal sealed class RoleRiskWeights : IItemWeights
{
    public static readonly RoleRiskWeights Instance = new();

    public ItemWeight WeightOf(Asset asset) => new(Of(asset.Role), $"role {(asset.Role == AssetRole.Unspecified ? "not stated" : AssetVocabulary.NameOf(asset.Role))}");

    public static double Of(AssetRole role) => role switch
    {
        AssetRole.Core => 100,
        AssetRole.Management => 80,
        AssetRole.Transport => 60,
        AssetRole.Ran => 50,
        AssetRole.Satellite => 50,
        AssetRole.Datacenter => 50,
        AssetRole.Access => 40,
        AssetRole.Surveillance => 30,
        AssetRole.Enterprise => 20,
        AssetRole.Other => 20,
        AssetRole.Cpe => 10,
        _ => 20,
    };
}

/// <summary>Scores (0 to 100) given per asset id, from the risk engine or a file; assets without a score fall back.</summary>
public sealed class ScoredItemWeights(IReadOnlyDictionary<string, double> scores, string source, IItemWeights fallback) : IItemWeights
{
    public ItemWeight WeightOf(Asset asset) =>
        scores.TryGetValue(asset.Id, out var score) ? new ItemWeight(Math.Max(score, 0.01), source) : fallback.WeightOf(asset);
}
