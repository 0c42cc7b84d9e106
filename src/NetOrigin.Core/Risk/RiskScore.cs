namespace NetOrigin.Risk;

/// <summary>
/// One criterion's part in a score: its value, the factor that value scores, the weight and the contribution
/// (weight × factor). An unknown value has no factor and no contribution; its weight counts as unknown.
/// </summary>
public sealed record RiskTerm(RiskCriterion Criterion, CriterionValue Value, decimal? Factor, decimal Weight, decimal? Contribution)
{
    /// <summary>Scores <paramref name="value"/> on <paramref name="criterion"/>'s scale with weight <paramref name="weight"/>.</summary>
    internal static RiskTerm Of(RiskCriterion criterion, CriterionValue value, decimal weight)
    {
        decimal? factor = value.Level is { } level ? criterion.FactorOf(level) : value.Number is { } number ? criterion.FactorOf(number) : null;
        return new RiskTerm(criterion, value, factor, weight, factor * weight);
    }
}

/// <summary>
/// A score and its explanation: <see cref="Value"/> is exactly the sum of the known terms' contributions;
/// <see cref="UnknownWeight"/> is the weight of the criteria whose value is unknown, which the score may be short
/// of — so an unknown is never shown as zero risk.
/// </summary>
public sealed record RiskScore(decimal Value, decimal UnknownWeight, IReadOnlyList<RiskTerm> Terms)
{
    /// <summary>The score if every unknown criterion took its worst value.</summary>
    public decimal Upper => Value + UnknownWeight;

    public bool Complete => UnknownWeight == 0;

    internal static RiskScore Of(IReadOnlyList<RiskTerm> terms)
    {
        var value = 0m;
        var unknown = 0m;
        foreach (var term in terms)
        {
            if (term.Contribution is { } contribution)
            {
                value += contribution;
            }
            else
            {
                unknown += term.Weight;
            }
        }

        return new RiskScore(value, unknown, terms);
    }
}
