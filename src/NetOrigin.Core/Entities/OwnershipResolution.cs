using NetOrigin.ReferenceData;

namespace NetOrigin.Entities;

/// <summary>
/// Everything the data says about who owns and controls an organisation on a date: every ownership path up to the
/// roots, the ultimate controllers (tops of the unbroken runs of controlling edges), the states that control it,
/// how far to trust that, and what was missing or cut on the way.
/// </summary>
public sealed class OwnershipResolution
{
    internal OwnershipResolution(
        Organisation subject,
        DateOnly asOf,
        IReadOnlyList<OwnershipPath> paths,
        IReadOnlyList<Organisation> ultimateControllers,
        IReadOnlyList<string> states,
        double confidence,
        IReadOnlyList<string> notes,
        ControlChain primaryChain)
    {
        Subject = subject;
        AsOf = asOf;
        Paths = paths;
        UltimateControllers = ultimateControllers;
        States = states;
        Confidence = confidence;
        Notes = notes;
        PrimaryChain = primaryChain;
    }

    public Organisation Subject { get; }
    public DateOnly AsOf { get; }

    /// <summary>Every path from the subject to a root owner, controlling or not, the most controlling first.</summary>
    public IReadOnlyList<OwnershipPath> Paths { get; }

    /// <summary>Who controls the subject in the end; the subject itself when nobody controls it.</summary>
    public IReadOnlyList<Organisation> UltimateControllers { get; }

    /// <summary>ISO codes of the states whose bodies control the subject through controlling edges.</summary>
    public IReadOnlyList<string> States { get; }

    public bool IsStateControlled => States.Count > 0;

    /// <summary>Confidence in the control answer: the weakest controlling path (1 when every edge on them is verified).</summary>
    public double Confidence { get; }

    /// <summary>Cycles, cut-offs, missing shares, missing owners and conflicts found on the way.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The single chain assess reports as owner_chain (the most controlling owner at each step).</summary>
    internal ControlChain PrimaryChain { get; }

    public bool HasUnverifiedFacts => Paths.Any(p => p.Unverified);

    /// <summary>Every source cited by an edge on a path, once.</summary>
    public IReadOnlyList<Source> Sources => Paths.SelectMany(p => p.Sources).DistinctBy(s => s.Id).ToList();
}
