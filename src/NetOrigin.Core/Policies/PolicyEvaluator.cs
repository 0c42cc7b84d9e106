using System.Globalization;
using NetOrigin.Caching;
using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Inventory;

namespace NetOrigin.Policies;

/// <summary>
/// Applies one policy pack to identified assets. Designations are matched through the control chain as of the
/// evaluation date; then scope, exceptions and obligations decide the status. The most severe outcome over all
/// designations is the finding; its evidence runs from the identifier to the legal source.
/// One evaluator may be shared by any number of threads and asked about any dates: its caches are concurrent,
/// bounded, and keyed by everything that changes an answer (the evaluation date among it).
/// </summary>
public sealed class PolicyEvaluator
{
    /// <summary>Bounds on the caches, so a hostile inventory cannot grow them without limit.</summary>
    private const int MaxCachedVerdicts = 200_000;
    private const int MaxCachedSteps = 200_000;

    private readonly DesignationMatcher _matcher;
    private readonly DateOnly[] _installationBars;
    private readonly BoundedCache<(VerdictShape Shape, int Installation), Verdict> _verdicts = new(MaxCachedVerdicts, new ShapeAndInstallation());
    private readonly BoundedCache<(OperatorStanding, DateOnly), EvidenceStep[]> _operatorSteps = new(MaxCachedSteps);

    /// <summary>
    /// An evaluator of <paramref name="pack"/>. Given <paramref name="names"/>, an asset's <c>owner_org</c> is resolved
    /// through the organisation data, so rules scoped by the operator's standing (a state-owned enterprise) reach it.
    /// </summary>
    public PolicyEvaluator(PolicyPack pack, OwnershipResolver ownership, OrganisationResolver? names = null)
        : this(pack, new AssetEvidenceBuilder(ownership, names))
    {
    }

    /// <summary>An evaluator of <paramref name="pack"/> that shares <paramref name="facts"/> (and its caches) with other packs' evaluators.</summary>
    public PolicyEvaluator(PolicyPack pack, AssetEvidenceBuilder facts)
    {
        Pack = pack;
        Facts = facts;
        _matcher = new DesignationMatcher(facts.Ownership);
        _installationBars = pack.Obligations
            .Where(o => o.Kind == ObligationKind.NoNewInstallation)
            .Select(o => o.Date!.Value)
            .Distinct()
            .Order()
            .ToArray();
    }

    public PolicyPack Pack { get; }

    /// <summary>The builder of the pack-independent evidence this evaluator uses; evaluators that share one can share its results.</summary>
    internal AssetEvidenceBuilder Facts { get; }

    internal ControlChain ChainOf(Organisation organisation, DateOnly date) => Facts.ChainOf(organisation, date);

    internal Finding Evaluate(Asset asset, Attribution identification, DateOnly asOf) =>
        Evaluate(Facts.Build(asset, identification, asOf), asOf);

    /// <summary>The pack's finding on an asset whose pack-independent evidence is already built (by <see cref="Facts"/>).</summary>
    internal Finding Evaluate(AssetEvidence facts, DateOnly asOf)
    {
        var asset = facts.Asset;
        var identification = facts.Attribution;
        if (facts.OwnerChain is not { } chain)
        {
            var unknown = new FindingEvidence(facts, [VerdictStep(FindingStatus.Unknown, identification.OperatingSystemOnly
                ? $"unknown: only the maker of its operating system ({identification.Manufacturer!.Name}) is known, not who made the device, so {Pack.Title} cannot be decided"
                : $"unknown: no manufacturer or provider could be identified, so {Pack.Title} cannot be decided", missingField: "manufacturer")]);
            return new Finding(asset, Pack.Id, FindingStatus.Unknown, null, identification, null, unknown, null, "manufacturer") { Joined = unknown };
        }

        var maker = identification.Manufacturer!;
        var standing = facts.Standing;
        var implied = standing?.UsesIn(Pack.Jurisdiction) ?? [];
        EvidenceStep[]? operatorSteps = null;
        if (implied.Count > 0)
        {
            operatorSteps = _operatorSteps.GetOrAdd((standing!, asOf), static (key, arg) =>
            {
                var organisations = key.Item1.Chain!.Links.Select(l => l.Organisation.Id).ToArray();
                return [.. arg.Implied.Select(use => arg.Facts.Shared(new EvidenceStep(EvidenceKind.Operator, use.Reason, Sources: Cite(use.Sources))
                {
                    Shared = true,
                    Facts = new EvidenceFacts { Organisations = organisations, Date = key.Item2 },
                }))];
            }, (Implied: implied, Facts));
        }

        // Everything after the owner step depends only on the maker, the ownership epoch, the operator and the asset
        // fields rules read, so it is computed once per such combination and shared.
        var key = (facts.Shape!, InstallationPlace(asset));
        if (!_verdicts.TryGetValue(key, out var verdict))
        {
            verdict = Decide(new AssetView(asset, maker, standing, implied), chain, asOf);
            verdict = _verdicts.Add(key, verdict with { Steps = verdict.Steps.Select(step => Facts.Shared(step with { Shared = true })).ToList() });
        }

        var evidence = new FindingEvidence(facts, operatorSteps is null ? verdict.Steps : [.. operatorSteps, .. verdict.Steps]);
        return new Finding(asset, Pack.Id, verdict.Status, verdict.Deadline, identification, chain, evidence, verdict.DesignationId, verdict.MissingField)
        {
            ObligationId = verdict.ObligationId,
            ShareCaps = verdict.ShareCaps,
            Joined = evidence,
        };
    }

    /// <summary>
    /// Installation bars compare the installation date with each bar's date: its place among the sorted bar dates
    /// decides every comparison, however many bars the pack has.
    /// </summary>
    private int InstallationPlace(Asset asset) =>
        (asset.Installed ?? asset.Acquired) is not { } day ? -1 : AssetEvidenceBuilder.Place(_installationBars, day);

    private Verdict Decide(AssetView view, ControlChain chain, DateOnly asOf)
    {
        var outcome = Outcome.Compliant;
        var considered = new List<EvidenceStep>();
        var covering = new HashSet<string>(StringComparer.Ordinal);
        foreach (var designation in Pack.Designations)
        {
            var match = _matcher.Match(designation, chain, view);
            if (match.Matched is false)
            {
                continue;
            }

            if (match.Matched is true && (designation.Effective is not { } from || from <= asOf) && designation.Covers.Match(view).Inside is true)
            {
                covering.Add(designation.Id);
            }

            var candidate = match.Matched is null
                ? Undecided(designation, match)
                : EvaluateDesignation(designation, match.Explanation!, view, asOf);
            candidate = candidate with { Steps = About(candidate.Steps, designation) };
            considered.AddRange(candidate.Steps);
            if (candidate.Status > outcome.Status || (candidate.Status == outcome.Status && candidate.Deadline < outcome.Deadline))
            {
                outcome = candidate;
            }
        }

        var shareCaps = ShareCapsOf(view, covering);
        if (outcome.Designation is null)
        {
            considered.Add(VerdictStep(FindingStatus.Compliant, considered.Count == 0
                ? $"compliant: no designation of {Pack.Title} names {chain.Subject.Name} or any organisation controlling it"
                : $"compliant: designations that name {chain.Subject.Name} do not reach this asset on {Date(asOf)}"));
            return new Verdict(FindingStatus.Compliant, null, null, null, null, considered, shareCaps);
        }

        return new Verdict(outcome.Status, outcome.Deadline, outcome.Designation.Id, outcome.MissingField, outcome.ObligationId, outcome.Steps, shareCaps);
    }

    /// <summary>The pack's share caps whose scope this asset is in, and whether a designation the cap counts names it.</summary>
    private IReadOnlyList<ShareCapHit> ShareCapsOf(AssetView view, HashSet<string> covering)
    {
        List<ShareCapHit>? hits = null;
        foreach (var obligation in Pack.Obligations)
        {
            if (obligation.Kind != ObligationKind.ShareCap)
            {
                continue;
            }

            var scope = obligation.Scope.Match(view);
            var covered = covering.Any(id => obligation.DesignationIds.Count == 0 || obligation.DesignationIds.Contains(id));
            (hits ??= []).Add(new ShareCapHit(obligation.Id, scope.Inside, covered));
        }

        return hits ?? (IReadOnlyList<ShareCapHit>)[];
    }

    private Outcome Undecided(Designation designation, DesignationMatch match) => new(
        FindingStatus.Unknown,
        null,
        designation,
        [
            new(EvidenceKind.Designation, $"{Listed(designation)}: cannot decide: {match.Explanation}", Sources: Cite(designation.Sources)),
            VerdictStep(FindingStatus.Unknown, MissingFieldFix.UnknownText(match.MissingField!), missingField: match.MissingField),
        ],
        match.MissingField);

    private string Listed(Designation designation) =>
        $"{Pack.Title} entry '{designation.ListedAs}'{(designation.Effective is { } e ? $" (in force from {Date(e)})" : "")}{(designation.Unverified ? " [unverified]" : "")}";

    private Outcome EvaluateDesignation(Designation designation, string why, AssetView view, DateOnly asOf)
    {
        var steps = new List<EvidenceStep> { new(EvidenceKind.Designation, $"{Listed(designation)}: {why}", Sources: Cite(designation.Sources)) };
        if (designation.Effective is { } effective && asOf < effective)
        {
            steps.Add(new EvidenceStep(EvidenceKind.Scope, $"not yet in force on {Date(asOf)}"));
            return new Outcome(FindingStatus.Compliant, null, null, steps, null);
        }

        var scope = designation.Covers.Match(view);
        if (scope.Inside is false)
        {
            steps.Add(new EvidenceStep(EvidenceKind.Scope, $"the entry covers {designation.Covers.Describe()}; this asset is outside it: {scope.Explanation}", Sources: Cite(designation.Sources)));
            return new Outcome(FindingStatus.Compliant, null, null, steps, null);
        }

        if (scope.Inside is null)
        {
            steps.Add(new EvidenceStep(EvidenceKind.Scope, $"cannot decide: {scope.Explanation}, and the asset's '{scope.MissingField}' is not given", Sources: Cite(designation.Sources)));
            steps.Add(VerdictStep(FindingStatus.Unknown, MissingFieldFix.UnknownText(scope.MissingField!), missingField: scope.MissingField));
            return new Outcome(FindingStatus.Unknown, null, designation, steps, scope.MissingField);
        }

        steps.Add(new EvidenceStep(EvidenceKind.Scope, designation.Covers.IsEverything
            ? "the entry covers everything its maker makes or provides"
            : $"within the entry's scope: {scope.Explanation}"));
        foreach (var exception in Pack.Exceptions)
        {
            if (exception.AppliesTo(designation) && exception.When.Match(view).Inside is true)
            {
                steps.Add(new EvidenceStep(EvidenceKind.Exception, $"exception '{exception.Id}'{(exception.Unverified ? " [unverified]" : "")} applies: {exception.When.Describe()}{(exception.Note is null ? "" : $" — {exception.Note}")}", Sources: Cite(exception.Sources))
                {
                    Facts = new EvidenceFacts { Exception = exception.Id },
                });
                steps.Add(VerdictStep(FindingStatus.Exempt, $"exempt under '{exception.Id}'") with { Facts = new EvidenceFacts { Status = FindingStatus.Exempt, Exception = exception.Id } });
                return new Outcome(FindingStatus.Exempt, null, designation, steps, null);
            }
        }

        return ApplyObligations(designation, view, asOf, steps);
    }

    private Outcome ApplyObligations(Designation designation, AssetView view, DateOnly asOf, List<EvidenceStep> steps)
    {
        var applicable = Pack.Obligations.Where(o => o.AppliesTo(designation) && o.Kind != ObligationKind.ShareCap).ToList();
        if (applicable.Count == 0)
        {
            steps.Add(new EvidenceStep(EvidenceKind.Obligation, $"covered by {Pack.Title}; the pack states no narrower obligation, so presence is prohibited", Sources: Cite(designation.Sources)));
            steps.Add(VerdictStep(FindingStatus.Violation, "violation"));
            return new Outcome(FindingStatus.Violation, null, designation, steps, null);
        }

        var best = new Outcome(FindingStatus.Compliant, null, designation, [], null);
        var notes = new List<EvidenceStep>();
        foreach (var obligation in applicable)
        {
            var scope = obligation.Scope.Match(view);
            if (scope.Inside is false)
            {
                continue;
            }

            Outcome candidate;
            var cite = Cite(obligation.Sources);
            // The obligation's note (its legal nuance) is reported once per pack, not repeated in every finding.
            var note = obligation.Unverified ? " [unverified]" : "";
            if (scope.Inside is null)
            {
                candidate = new Outcome(FindingStatus.Unknown, null, designation, [new(EvidenceKind.Obligation, $"'{obligation.Id}' may apply: {scope.Explanation}, and the asset's '{scope.MissingField}' is not given", Sources: cite)], scope.MissingField);
            }
            else
            {
                candidate = !obligation.Binding
                    ? Advisory(obligation, designation, cite, note)
                    : obligation.Kind switch
                    {
                        ObligationKind.Prohibited => new Outcome(FindingStatus.Violation, null, designation, [new(EvidenceKind.Obligation, $"'{obligation.Id}': covered items are prohibited{(designation.Effective is { } e ? $" from {Date(e)}" : "")}{note}", Sources: cite)], null),
                        ObligationKind.RemoveBy when asOf < obligation.Date => new Outcome(FindingStatus.ActionRequired, obligation.Date, designation, [new(EvidenceKind.Obligation, $"'{obligation.Id}': remove by {Date(obligation.Date!.Value)}{note}", Sources: cite)], null),
                        ObligationKind.RemoveBy => new Outcome(FindingStatus.Violation, obligation.Date, designation, [new(EvidenceKind.Obligation, $"'{obligation.Id}': should have been removed by {Date(obligation.Date!.Value)}{note}", Sources: cite)], null),
                        _ => NoNewInstallation(obligation, designation, view, cite, note),
                    };
            }

            candidate = candidate with
            {
                ObligationId = obligation.Id,
                Steps = [.. candidate.Steps.Select(step => step with { Facts = step.Facts with { Obligation = obligation.Id, Date = obligation.Date } })],
            };

            notes.AddRange(candidate.Steps);
            if (candidate.Status > best.Status || (candidate.Status == best.Status && candidate.Deadline < best.Deadline))
            {
                best = candidate;
            }
        }

        steps.AddRange(notes);
        if (notes.Count == 0)
        {
            steps.Add(new EvidenceStep(EvidenceKind.Obligation, "no obligation of the pack reaches this asset"));
        }

        var verdictText = best.Status == FindingStatus.Unknown && best.MissingField is { } missing
            ? MissingFieldFix.UnknownText(missing)
            : best.Status.Name() + (best.Deadline is { } d ? $" (deadline {Date(d)})" : "");
        steps.Add(VerdictStep(best.Status, verdictText, best.Deadline, best.MissingField) with
        {
            Facts = new EvidenceFacts { Status = best.Status, Until = best.Deadline, MissingField = best.MissingField, Obligation = best.ObligationId },
        });
        return best with { Steps = steps };
    }

    /// <summary>A recommendation or guidance: it calls for action, but sets no legal deadline and is never a violation.</summary>
    private static Outcome Advisory(Obligation obligation, Designation designation, IReadOnlyList<ReferenceData.Source>? cite, string note) => new(
        FindingStatus.ActionRequired,
        null,
        designation,
        [new(EvidenceKind.Obligation, $"'{obligation.Id}' (recommendation, not binding): {obligation.Kind switch
        {
            ObligationKind.RemoveBy => $"remove by {Date(obligation.Date!.Value)}",
            ObligationKind.NoNewInstallation => $"no new installation from {Date(obligation.Date!.Value)}",
            _ => "restrict or exclude covered items",
        }}{note}", Sources: cite)],
        null);

    private static Outcome NoNewInstallation(Obligation obligation, Designation designation, AssetView view, IReadOnlyList<ReferenceData.Source>? cite, string note)
    {
        var installed = view.Asset.Installed ?? view.Asset.Acquired;
        if (installed is null)
        {
            return new Outcome(FindingStatus.Unknown, null, designation, [new(EvidenceKind.Obligation, $"'{obligation.Id}': no installation after {Date(obligation.Date!.Value)}, and the asset's 'installed' date is not given{note}", Sources: cite)], "installed");
        }

        return installed >= obligation.Date
            ? new Outcome(FindingStatus.Violation, null, designation, [new(EvidenceKind.Obligation, $"'{obligation.Id}': installed on or after the {Date(obligation.Date!.Value)} bar on new installations{note}", Sources: cite)], null)
            : new Outcome(FindingStatus.Compliant, null, designation, [new(EvidenceKind.Obligation, $"'{obligation.Id}': installed before the {Date(obligation.Date!.Value)} bar on new installations{note}", Sources: cite)], null);
    }

    /// <summary>A verdict step: the status, its deadline and the field that would decide it, as data and as text.</summary>
    internal static EvidenceStep VerdictStep(FindingStatus status, string text, DateOnly? deadline = null, string? missingField = null) =>
        new(EvidenceKind.Verdict, text) { Facts = new EvidenceFacts { Status = status, Until = deadline, MissingField = missingField } };

    /// <summary>Steps about one designation carry its id; the designation step also what it names and from when.</summary>
    private static List<EvidenceStep> About(IReadOnlyList<EvidenceStep> steps, Designation designation) =>
        [.. steps.Select(step => step with
        {
            Facts = step.Kind == EvidenceKind.Designation
                ? step.Facts with { Designation = designation.Id, Organisations = designation.OrganisationId is { } id ? [id] : [], Date = designation.Effective }
                : step.Facts with { Designation = designation.Id },
        })];

    private static IReadOnlyList<ReferenceData.Source>? Cite(IReadOnlyList<ReferenceData.Source> sources) =>
        sources.Count == 0 ? null : sources;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A shape is usually one interned object: compared and hashed by reference first, by value only when not.</summary>
    private sealed class ShapeAndInstallation : IEqualityComparer<(VerdictShape Shape, int Installation)>
    {
        public bool Equals((VerdictShape Shape, int Installation) x, (VerdictShape Shape, int Installation) y) =>
            x.Installation == y.Installation && x.Shape.Equals(y.Shape);

        public int GetHashCode((VerdictShape Shape, int Installation) key) => HashCode.Combine(key.Shape.GetHashCode(), key.Installation);
    }

    /// <summary>The policy part of a finding, shared by every asset with the same key.</summary>
    private sealed record Verdict(
        FindingStatus Status,
        DateOnly? Deadline,
        string? DesignationId,
        string? MissingField,
        string? ObligationId,
        IReadOnlyList<EvidenceStep> Steps,
        IReadOnlyList<ShareCapHit> ShareCaps);

    private sealed record Outcome(FindingStatus Status, DateOnly? Deadline, Designation? Designation, IReadOnlyList<EvidenceStep> Steps, string? MissingField, string? ObligationId = null)
    {
        public static readonly Outcome Compliant = new(FindingStatus.Compliant, null, null, [], null);
    }
}
