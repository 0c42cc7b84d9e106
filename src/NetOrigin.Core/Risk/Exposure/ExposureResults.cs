using NetOrigin.Assessment;
using NetOrigin.Entities;
using NetOrigin.Inventory;

namespace NetOrigin.Risk.Exposure;

/// <summary>What a cut-off does to one function at one site, in increasing order of harm.</summary>
public enum FunctionOutcome
{
    /// <summary>Nothing in it is cut.</summary>
    Unaffected,

    /// <summary>Some of it is cut; a supplier under another, independent ultimate controller remains.</summary>
    Kept,

    /// <summary>Who supplies what remains is not known, so whether the function survives is not known.</summary>
    Unknown,

    /// <summary>What remains is under the same ultimate controller as what was cut: still served, but not independently.</summary>
    KeptNotIndependent,

    /// <summary>Everything in it is cut: a service is lost; equipment loses its maker's support, spares and updates.</summary>
    Lost,
}

/// <summary>What a cut-off does to a site, in increasing order of harm.</summary>
public enum SiteOutcome
{
    Unaffected,

    /// <summary>Something is cut, and every function keeps an independent alternative.</summary>
    Degraded,

    /// <summary>Some function's fate cannot be told: its remaining suppliers are unknown.</summary>
    Unknown,

    /// <summary>Some function survives only on companies under the same controller as what was cut.</summary>
    NoIndependentAlternative,

    /// <summary>Some function is lost entirely.</summary>
    FunctionLost,

    /// <summary>Every link out of the site (transit, backhaul, interconnection) is lost.</summary>
    Dark,
}

public static class ExposureOutcomeNames
{
    public static string Name(this FunctionOutcome outcome) => outcome switch
    {
        FunctionOutcome.Unaffected => "unaffected",
        FunctionOutcome.Kept => "kept",
        FunctionOutcome.Unknown => "unknown",
        FunctionOutcome.KeptNotIndependent => "kept_not_independent",
        _ => "lost",
    };

    public static string Name(this SiteOutcome outcome) => outcome switch
    {
        SiteOutcome.Unaffected => "unaffected",
        SiteOutcome.Degraded => "degraded",
        SiteOutcome.Unknown => "unknown",
        SiteOutcome.NoIndependentAlternative => "no_independent_alternative",
        SiteOutcome.FunctionLost => "function_lost",
        _ => "dark",
    };
}

/// <summary>A controller's assets in one function: cut, or remaining (and then whether independent of what was cut).</summary>
public sealed record ControllerAssets(Organisation Controller, string Label, long Assets, bool Independent);

/// <summary>One function at a site under the cut-off.</summary>
public sealed record FunctionExposure(AssetFunction Function, FunctionOutcome Outcome, IReadOnlyList<ControllerAssets> Cut, IReadOnlyList<ControllerAssets> Remaining, long Unknown, IReadOnlyList<string> CutAssets);

/// <summary>A site under the cut-off: its outcome and each of its functions.</summary>
public sealed record SiteExposure(string Site, SiteOutcome Outcome, long Assets, IReadOnlyList<FunctionExposure> Functions)
{
    /// <summary>Whether the cut reaches anything at the site.</summary>
    public bool Affected => Functions.Any(f => f.Cut.Count > 0);
}

/// <summary>The run, the cut-off and who it stops, with the suppliers' recorded rights to suspend service.</summary>
public sealed record ExposureOverview(
    AssessmentContext Context,
    IReadOnlyList<CutTarget> Cuts,
    RecordCounts Records,
    long Identified,
    long CutAssets,
    IReadOnlyList<MakerCount> CutSuppliers,
    IReadOnlyList<SuspensionRight> SuspensionRights);

/// <summary>Counts over the sites once all are reported.</summary>
public sealed record ExposureTotals(IReadOnlyDictionary<SiteOutcome, long> Sites, long FunctionsLost, long UnsitedAssets, long UnsitedCutAssets);

/// <summary>Receives a cut-off analysis: the overview, then every site, then the totals.</summary>
public interface IExposureSink
{
    void Begin(ExposureOverview overview);

    void Site(SiteExposure site);

    void End(ExposureTotals totals);
}
