using System.Globalization;

namespace NetOrigin.Policies;

/// <summary>
/// Counts for one share-cap obligation over a run: assets in its scope, those a counted designation names, and
/// those whose scope could not be decided. Counters only, so memory does not grow with the inventory.
/// </summary>
internal sealed class ShareCapTally(PolicyPack pack, Obligation obligation)
{
    public PolicyPack Pack { get; } = pack;
    public Obligation Obligation { get; } = obligation;
    public long InScope { get; private set; }
    public long Covered { get; private set; }
    public long Undecided { get; private set; }

    public void Count(ShareCapHit hit)
    {
        switch (hit.InScope)
        {
            case true:
                InScope++;
                if (hit.Covered)
                {
                    Covered++;
                }

                break;
            case null:
                Undecided++;
                break;
        }
    }

    /// <summary>The pack-level verdict: over the cap is a violation once the date has passed, action before it.</summary>
    public PackFinding Close(DateOnly asOf)
    {
        var cap = Obligation.CapPercent!.Value;
        var share = InScope == 0 ? 0m : Math.Round(100m * Covered / InScope, 1);
        var over = share > cap;
        var date = Obligation.Date;
        var status = !over ? (Undecided > 0 ? FindingStatus.Unknown : FindingStatus.Compliant)
            : !Obligation.Binding ? FindingStatus.ActionRequired
            : date is { } d && asOf < d ? FindingStatus.ActionRequired
            : FindingStatus.Violation;
        var listed = Pack.Designations.Where(Obligation.AppliesTo).Select(x => x.ListedAs).Distinct().ToList();
        var names = listed.Count == 1 ? listed[0] + " is" : $"{string.Join(", ", listed)} together are";
        var cite = Obligation.Sources.Count == 0 ? null : Obligation.Sources;
        var evidence = new List<EvidenceStep>
        {
            new(EvidenceKind.Share, $"{names} {P(share)}% of {Obligation.Scope.Describe()} ({Covered} of {InScope} assets); the cap is {P(cap)}%{(date is { } from ? $" from {from:yyyy-MM-dd}" : "")}", Sources: cite)
            {
                Facts = new EvidenceFacts { Obligation = Obligation.Id, Date = date },
            },
        };
        if (Undecided > 0)
        {
            evidence.Add(new EvidenceStep(EvidenceKind.Share, $"{Undecided} further assets could not be placed in or out of the scope for want of a field (role or technology); they are not counted"));
        }

        if (Obligation.Note is not null)
        {
            evidence.Add(new EvidenceStep(EvidenceKind.Obligation, $"'{Obligation.Id}'{(Obligation.Unverified ? " [unverified]" : "")}{(Obligation.Binding ? "" : " (recommendation, not binding)")} — {Obligation.Note}", Sources: cite));
        }

        var deadline = over && Obligation.Binding ? date : null;
        evidence.Add(PolicyEvaluator.VerdictStep(status, status.Name() + (deadline is { } dl && status == FindingStatus.ActionRequired ? $" (deadline {dl:yyyy-MM-dd})" : ""), deadline));
        return new PackFinding(Pack.Id, Obligation.Id, status, share, cap, Covered, InScope, Undecided, deadline, evidence);
    }

    private static string P(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
