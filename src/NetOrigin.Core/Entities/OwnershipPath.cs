using NetOrigin.ReferenceData;

namespace NetOrigin.Entities;

/// <summary>
/// One way up from an organisation to a root owner on a date: <see cref="Steps"/>[0] is the subject's direct owner,
/// the last step the root (an owner with no owner of its own on the date, or where the walk was cut).
/// </summary>
public sealed record OwnershipPath(Organisation Subject, IReadOnlyList<OwnershipStep> Steps, PathEnd End)
{
    /// <summary>How much an unverified edge lowers a path's confidence; chosen so two such edges fall below one half.</summary>
    public const double UnverifiedEdgeFactor = 0.7;

    public Organisation Root => Steps.Count == 0 ? Subject : Steps[^1].Owner;

    /// <summary>The subject's indirect share held by the root: the product of the shares, or null when one is unknown.</summary>
    public decimal? EffectiveShare => Steps.All(s => s.Edge.Share is not null)
        ? Steps.Aggregate(100m, (product, s) => product * s.Edge.Share!.Value / 100m)
        : null;

    /// <summary>Every edge on the path controls, so the root controls the subject.</summary>
    public bool Controls => Steps.Count > 0 && Steps.All(s => s.Edge.Controls);

    /// <summary>How many leading edges control: the root of that prefix controls the subject through this path.</summary>
    public int ControllingLength => Steps.TakeWhile(s => s.Edge.Controls).Count();

    /// <summary>Countries of headquarters (or of the state, for state bodies) from the subject up, without repeats.</summary>
    public IReadOnlyList<string> Countries => new[] { Subject }.Concat(Steps.Select(s => s.Owner))
        .Select(o => o.Country ?? o.State)
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .ToList();

    public bool Unverified => Steps.Any(s => s.Edge.Unverified);

    /// <summary>1 for a path of verified edges, lowered by <see cref="UnverifiedEdgeFactor"/> for each unverified one.</summary>
    public double Confidence => Steps.Aggregate(1.0, (c, s) => s.Edge.Unverified ? c * UnverifiedEdgeFactor : c);

    public IEnumerable<Source> Sources => Steps.SelectMany(s => s.Edge.Sources);
}

/// <summary>An owner on a path and the edge by which it holds the organisation below it.</summary>
public sealed record OwnershipStep(Organisation Owner, OwnershipEdge Edge);

/// <summary>Why a path stops where it does.</summary>
public enum PathEnd
{
    /// <summary>The root has no owner recorded on the date.</summary>
    Root,

    /// <summary>The next owner is already on the path; the cycle is cut and noted.</summary>
    Cycle,

    /// <summary>The path reached <see cref="OwnershipResolver.MaxDepth"/> links and was cut.</summary>
    DepthLimit,
}
