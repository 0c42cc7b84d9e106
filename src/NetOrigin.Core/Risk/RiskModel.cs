using NetOrigin.Inventory;
using NetOrigin.ReferenceData;

namespace NetOrigin.Risk;

/// <summary>
/// A risk model as data: the criteria it uses, each with its weight (points out of 100) and the factor (0 to 1) of
/// each value. An asset's score is the sum over the criteria of weight × factor.
/// </summary>
public sealed record RiskModel(
    string Id,
    string Title,
    string Version,
    string? Summary,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<RiskCriterion> Criteria,
    string File)
{
    /// <summary>What the weights of a model add up to: the score of an asset at the worst value of every criterion.</summary>
    public const decimal TotalWeight = 100m;

    /// <summary>The shipped model a host uses when none is named.</summary>
    public const string DefaultId = "netorigin-default";

    internal RiskCriterion? Criterion(string id) => Criteria.FirstOrDefault(c => c.Id == id);

    /// <summary>The model's supplier-side criteria, whose terms make a supplier's score.</summary>
    public IEnumerable<RiskCriterion> SupplierCriteria => Criteria.Where(c => c.Definition.Side == RiskSide.Supplier);
}

/// <summary>One criterion of a model: its weight and how each of its values is scored.</summary>
public sealed record RiskCriterion(
    CriterionDefinition Definition,
    decimal Weight,
    IReadOnlyDictionary<string, decimal> Levels,
    IReadOnlyList<RiskBand> Bands,
    IReadOnlySet<AssetRole> InferredRoles,
    IReadOnlyList<Source> Sources,
    bool Unverified,
    string? Note,
    string DefinedAt)
{
    public string Id => Definition.Id;

    internal decimal FactorOf(string level) => Levels[level];

    /// <summary>The factor of a measured number: the first band whose upper bound (inclusive) it does not exceed.</summary>
    internal decimal FactorOf(decimal number)
    {
        foreach (var band in Bands)
        {
            if (band.UpTo is not { } upTo || number <= upTo)
            {
                return band.Factor;
            }
        }

        return Bands[^1].Factor;
    }
}

/// <summary>Values up to <see cref="UpTo"/> (inclusive; the last band has none) score <see cref="Factor"/>.</summary>
public sealed record RiskBand(decimal? UpTo, decimal Factor);
