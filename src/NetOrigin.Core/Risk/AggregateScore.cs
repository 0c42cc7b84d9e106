namespace NetOrigin.Risk;

/// <summary>
/// One criterion's part in the score of a group of assets (a site, the network): the mean of its assets'
/// contributions, rounded to hundredths, the mean factor over the assets whose value is known, and how many were
/// known and unknown.
/// </summary>
public sealed record AggregateTerm(RiskCriterion Criterion, decimal Weight, decimal Contribution, decimal? MeanFactor, long Known, long Unknown, decimal UnknownWeight);

/// <summary>
/// The score of a group of assets: the mean asset score, as the sum of its terms — <see cref="Value"/> is exactly
/// the sum of the rounded term contributions; <see cref="UnknownWeight"/> the mean weight left unknown.
/// </summary>
public sealed record AggregateScore(long Assets, decimal Value, decimal UnknownWeight, IReadOnlyList<AggregateTerm> Terms)
{
    public decimal Upper => Value + UnknownWeight;
}

/// <summary>Adds up asset scores (as many at a time as share one profile) into a mean score with its terms.</summary>
internal sealed class ScoreAccumulator(RiskModel model)
{
    private readonly decimal[] _contributions = new decimal[model.Criteria.Count];
    private readonly decimal[] _factors = new decimal[model.Criteria.Count];
    private readonly long[] _known = new long[model.Criteria.Count];
    public long Assets { get; private set; }

    public void Add(RiskScore score, long count)
    {
        Assets += count;
        for (var i = 0; i < score.Terms.Count; i++)
        {
            var term = score.Terms[i];
            if (term.Contribution is { } contribution)
            {
                _contributions[i] += contribution * count;
                _factors[i] += term.Factor!.Value * count;
                _known[i] += count;
            }
        }
    }

    public AggregateScore Score()
    {
        var terms = new List<AggregateTerm>(model.Criteria.Count);
        var value = 0m;
        var unknownWeight = 0m;
        for (var i = 0; i < model.Criteria.Count; i++)
        {
            var criterion = model.Criteria[i];
            var unknown = Assets - _known[i];
            var contribution = Assets == 0 ? 0m : Math.Round(_contributions[i] / Assets, 2, MidpointRounding.AwayFromZero);
            var unknownShare = Assets == 0 ? 0m : Math.Round(criterion.Weight * unknown / Assets, 2, MidpointRounding.AwayFromZero);
            decimal? meanFactor = _known[i] == 0 ? null : Math.Round(_factors[i] / _known[i], 4, MidpointRounding.AwayFromZero);
            terms.Add(new AggregateTerm(criterion, criterion.Weight, contribution, meanFactor, _known[i], unknown, unknownShare));
            value += contribution;
            unknownWeight += unknownShare;
        }

        return new AggregateScore(Assets, value, unknownWeight, terms);
    }
}
