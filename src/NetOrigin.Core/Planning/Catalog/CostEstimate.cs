using NetOrigin.ReferenceData;

namespace NetOrigin.Planning.Catalog;

/// <summary>Where a catalog figure comes from; a figure is only as good as its basis.</summary>
public enum EstimateBasis
{
    /// <summary>An FCC Final Catalog figure (here read through a third party).</summary>
    FccCatalog,

    /// <summary>Computed from cited figures.</summary>
    Derived,

    /// <summary>No published figure: the note gives the reasoning.</summary>
    Estimated,

    /// <summary>The user's own quote.</summary>
    Quote,
}

/// <summary>What a cost component is charged on.</summary>
public enum CostUnit
{
    /// <summary>Each replaced inventory item.</summary>
    Item,

    /// <summary>Once per site visit that replaces items of the class.</summary>
    Site,
}

/// <summary>
/// A range of values (dollars, weeks, crew-days) with its basis and sources. Plans use the middle of the range,
/// scaled by <see cref="Share"/> (the part of sites that need it, e.g. 10% of towers need structural work).
/// </summary>
public sealed record CostEstimate(
    decimal Low,
    decimal High,
    EstimateBasis Basis,
    IReadOnlyList<Source> Sources,
    string? Note,
    CostUnit Per = CostUnit.Item,
    decimal Share = 1m)
{
    public static readonly CostEstimate Zero = new(0, 0, EstimateBasis.Estimated, [], null);

    /// <summary>The figure plans use: the middle of the range times the share.</summary>
    public decimal Planned => (Low + High) / 2m * Share;

    internal static string BasisName(EstimateBasis basis) => basis switch
    {
        EstimateBasis.FccCatalog => "fcc-catalog",
        EstimateBasis.Derived => "derived",
        EstimateBasis.Quote => "quote",
        _ => "estimated",
    };

    internal static CostEstimate Read(YamlNodeReader node, SourceCatalog sources, bool allowPer)
    {
        var low = node.OptionalDecimal("low") ?? throw node.Error("'low' is required");
        var high = node.OptionalDecimal("high") ?? throw node.Error("'high' is required");
        if (low < 0 || high < low)
        {
            throw node.Error($"low {low} and high {high} must satisfy 0 <= low <= high");
        }

        var basisText = node.RequiredString("basis");
        var basis = basisText switch
        {
            "fcc-catalog" => EstimateBasis.FccCatalog,
            "derived" => EstimateBasis.Derived,
            "estimated" => EstimateBasis.Estimated,
            "quote" => EstimateBasis.Quote,
            _ => throw node.Error($"basis '{basisText}' is not one of fcc-catalog, derived, estimated, quote"),
        };
        var note = node.OptionalString("note");
        if (basis == EstimateBasis.Estimated && note is null)
        {
            throw node.Error("an estimated figure needs a 'note' giving its reasoning");
        }

        var cited = sources.Resolve(node.StringList("sources"), node);
        var per = CostUnit.Item;
        var share = 1m;
        if (allowPer)
        {
            per = node.OptionalString("per") switch
            {
                null or "item" => CostUnit.Item,
                "site" => CostUnit.Site,
                var other => throw node.Error($"per '{other}' is not item or site"),
            };
            share = node.OptionalDecimal("share") ?? 1m;
            if (share is <= 0 or > 1)
            {
                throw node.Error($"share {share} must be above 0 and at most 1");
            }
        }

        node.RejectUnknownKeys();
        return new CostEstimate(low, high, basis, cited, note, per, share);
    }
}
