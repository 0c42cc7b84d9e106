namespace NetOrigin.Risk;

/// <summary>
/// The value a criterion takes: a level (state-controlled, core, ...) or a measured number (a share in percent,
/// days left), with the explanation and the facts behind it — or unknown, with why it could not be established.
/// </summary>
public sealed record CriterionValue(string? Level, decimal? Number, string Text, RiskFacts Facts)
{
    public bool IsKnown => Level is not null || Number is not null;

    internal static CriterionValue Of(string level, string text, RiskFacts? facts = null) => new(level, null, text, facts ?? RiskFacts.None);

    internal static CriterionValue Measured(decimal number, string text, RiskFacts? facts = null) => new(null, number, text, facts ?? RiskFacts.None);

    internal static CriterionValue Unknown(string why, RiskFacts? facts = null) => new(null, null, why, facts ?? RiskFacts.None);
}
