using System.Globalization;
using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Inventory;

namespace NetOrigin.Policies;

/// <summary>
/// Applies one policy pack to identified assets. Designations are matched through the control chain as of the
/// evaluation date; then scope, exceptions and obligations decide the status. The most severe outcome over all
/// designations is the finding; its evidence runs from the identifier to the legal source.
/// </summary>
public sealed class PolicyEvaluator
{
    private readonly OwnershipResolver _ownership;
    private readonly DesignationMatcher _matcher;
    private readonly Dictionary<(string, DateOnly), ControlChain> _chains = [];

    public PolicyEvaluator(PolicyPack pack, OwnershipResolver ownership)
    {
        Pack = pack;
        _ownership = ownership;
        _matcher = new DesignationMatcher(ownership);
    }

    public PolicyPack Pack { get; }

    public ControlChain ChainOf(Organisation organisation, DateOnly asOf)
    {
        var key = (organisation.Id, asOf);
        if (!_chains.TryGetValue(key, out var chain))
        {
            chain = _ownership.ControlChainOf(organisation.Id, asOf);
            if (_chains.Count < 100_000)
            {
                _chains[key] = chain;
            }
        }

        return chain;
    }

    public Finding Evaluate(Asset asset, Attribution identification, DateOnly asOf)
    {
        var evidence = new List<EvidenceStep>(8);
        AddIdentificationEvidence(identification, evidence);
        if (identification.Manufacturer is not { } maker)
        {
            evidence.Add(new EvidenceStep("verdict", $"unknown: no manufacturer or provider could be identified, so {Pack.Title} cannot be decided"));
            return new Finding(asset, Pack.Id, FindingStatus.Unknown, null, identification, null, evidence, null, "manufacturer");
        }

        // Who controlled the maker is judged when the asset was obtained: a Honor router bought in 2019 was made
        // by a Huawei subsidiary, one bought in 2022 was not. Rules themselves are judged as of the evaluation date.
        var obtained = asset.Acquired ?? asset.Installed;
        var ownershipDate = obtained is { } o && o < asOf ? o : asOf;
        var chain = ChainOf(maker, ownershipDate);
        evidence.Add(new EvidenceStep("owner", OwnerText(chain, obtained is not null && ownershipDate == obtained), chain.Links.Skip(1).Select(l => l.Via!.Sources[0].Citation).LastOrDefault()));
        var view = new AssetView(asset, maker);
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
            considered.AddRange(candidate.Steps);
            if (candidate.Status > outcome.Status || (candidate.Status == outcome.Status && candidate.Deadline < outcome.Deadline))
            {
                outcome = candidate;
            }
        }

        var shareCaps = ShareCapsOf(view, covering);
        if (outcome.Designation is null)
        {
            evidence.AddRange(considered);
            evidence.Add(new EvidenceStep("verdict", considered.Count == 0
                ? $"compliant: no designation of {Pack.Title} names {chain.Subject.Name} or any organisation controlling it on {Date(asOf)}"
                : $"compliant: designations that name {chain.Subject.Name} do not reach this asset on {Date(asOf)}"));
            return new Finding(asset, Pack.Id, FindingStatus.Compliant, null, identification, chain, evidence, null, null) { ShareCaps = shareCaps };
        }

        evidence.AddRange(outcome.Steps);
        return new Finding(asset, Pack.Id, outcome.Status, outcome.Deadline, identification, chain, evidence, outcome.Designation.Id, outcome.MissingField)
        {
            ObligationId = outcome.ObligationId,
            ShareCaps = shareCaps,
        };
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
            new("designation", $"{Listed(designation)}: cannot decide: {match.Explanation}", Cite(designation.Sources)),
            new("verdict", $"unknown: record '{match.MissingField}' for this asset to decide"),
        ],
        match.MissingField);

    private string Listed(Designation designation) =>
        $"{Pack.Title} entry '{designation.ListedAs}'{(designation.Effective is { } e ? $" (in force from {Date(e)})" : "")}{(designation.Unverified ? " [unverified]" : "")}";

    private Outcome EvaluateDesignation(Designation designation, string why, AssetView view, DateOnly asOf)
    {
        var steps = new List<EvidenceStep> { new("designation", $"{Listed(designation)}: {why}", Cite(designation.Sources)) };
        if (designation.Effective is { } effective && asOf < effective)
        {
            steps.Add(new EvidenceStep("scope", $"not yet in force on {Date(asOf)}"));
            return new Outcome(FindingStatus.Compliant, null, null, steps, null);
        }

        var scope = designation.Covers.Match(view);
        if (scope.Inside is false)
        {
            steps.Add(new EvidenceStep("scope", $"the entry covers {designation.Covers.Describe()}; this asset is outside it: {scope.Explanation}", Cite(designation.Sources)));
            return new Outcome(FindingStatus.Compliant, null, null, steps, null);
        }

        if (scope.Inside is null)
        {
            steps.Add(new EvidenceStep("scope", $"cannot decide: {scope.Explanation}, and the asset's '{scope.MissingField}' is not given", Cite(designation.Sources)));
            steps.Add(new EvidenceStep("verdict", $"unknown: record '{scope.MissingField}' for this asset to decide"));
            return new Outcome(FindingStatus.Unknown, null, designation, steps, scope.MissingField);
        }

        steps.Add(new EvidenceStep("scope", $"the entry covers {designation.Covers.Describe()}; this asset is inside it"));
        foreach (var exception in Pack.Exceptions)
        {
            if (exception.AppliesTo(designation) && exception.When.Match(view).Inside is true)
            {
                steps.Add(new EvidenceStep("exception", $"exception '{exception.Id}'{(exception.Unverified ? " [unverified]" : "")} applies: {exception.When.Describe()}{(exception.Note is null ? "" : $" — {exception.Note}")}", Cite(exception.Sources)));
                steps.Add(new EvidenceStep("verdict", $"exempt under '{exception.Id}'"));
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
            steps.Add(new EvidenceStep("obligation", $"covered by {Pack.Title}; the pack states no narrower obligation, so presence is prohibited", Cite(designation.Sources)));
            steps.Add(new EvidenceStep("verdict", "violation"));
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
            var note = (obligation.Unverified ? " [unverified]" : "") + (obligation.Note is null ? "" : $" — {obligation.Note}");
            if (scope.Inside is null)
            {
                candidate = new Outcome(FindingStatus.Unknown, null, designation, [new("obligation", $"'{obligation.Id}' may apply: {scope.Explanation}, and the asset's '{scope.MissingField}' is not given", cite)], scope.MissingField);
            }
            else
            {
                candidate = !obligation.Binding
                    ? Advisory(obligation, designation, cite, note)
                    : obligation.Kind switch
                    {
                        ObligationKind.Prohibited => new Outcome(FindingStatus.Violation, null, designation, [new("obligation", $"'{obligation.Id}': covered items are prohibited{(designation.Effective is { } e ? $" from {Date(e)}" : "")}{note}", cite)], null),
                        ObligationKind.RemoveBy when asOf < obligation.Date => new Outcome(FindingStatus.ActionRequired, obligation.Date, designation, [new("obligation", $"'{obligation.Id}': remove by {Date(obligation.Date!.Value)}{note}", cite)], null),
                        ObligationKind.RemoveBy => new Outcome(FindingStatus.Violation, obligation.Date, designation, [new("obligation", $"'{obligation.Id}': should have been removed by {Date(obligation.Date!.Value)}{note}", cite)], null),
                        _ => NoNewInstallation(obligation, designation, view, cite, note),
                    };
            }

            candidate = candidate with { ObligationId = obligation.Id };

            notes.AddRange(candidate.Steps);
            if (candidate.Status > best.Status || (candidate.Status == best.Status && candidate.Deadline < best.Deadline))
            {
                best = candidate;
            }
        }

        steps.AddRange(notes);
        if (notes.Count == 0)
        {
            steps.Add(new EvidenceStep("obligation", "no obligation of the pack reaches this asset"));
        }

        steps.Add(new EvidenceStep("verdict", best.Status.Name() + (best.Deadline is { } d ? $" (deadline {Date(d)})" : "")));
        return best with { Steps = steps };
    }

    /// <summary>A recommendation or guidance: it calls for action, but sets no legal deadline and is never a violation.</summary>
    private static Outcome Advisory(Obligation obligation, Designation designation, string? cite, string note) => new(
        FindingStatus.ActionRequired,
        null,
        designation,
        [new("obligation", $"'{obligation.Id}' (recommendation, not binding): {obligation.Kind switch
        {
            ObligationKind.RemoveBy => $"remove by {Date(obligation.Date!.Value)}",
            ObligationKind.NoNewInstallation => $"no new installation from {Date(obligation.Date!.Value)}",
            _ => "restrict or exclude covered items",
        }}{note}", cite)],
        null);

    private static Outcome NoNewInstallation(Obligation obligation, Designation designation, AssetView view, string? cite, string note)
    {
        var installed = view.Asset.Installed ?? view.Asset.Acquired;
        if (installed is null)
        {
            return new Outcome(FindingStatus.Unknown, null, designation, [new("obligation", $"'{obligation.Id}': no installation after {Date(obligation.Date!.Value)}, and the asset's 'installed' date is not given{note}", cite)], "installed");
        }

        return installed >= obligation.Date
            ? new Outcome(FindingStatus.Violation, null, designation, [new("obligation", $"'{obligation.Id}': installed {Date(installed.Value)}, on or after the {Date(obligation.Date!.Value)} bar on new installations{note}", cite)], null)
            : new Outcome(FindingStatus.Compliant, null, designation, [new("obligation", $"'{obligation.Id}': installed {Date(installed.Value)}, before the {Date(obligation.Date!.Value)} bar on new installations{note}", cite)], null);
    }

    private static void AddIdentificationEvidence(Attribution identification, List<EvidenceStep> evidence)
    {
        foreach (var claim in identification.Supporting)
        {
            evidence.Add(new EvidenceStep("identifier", claim.Evidence, claim.Citation));
        }

        foreach (var claim in identification.Claims)
        {
            if (!ReferenceEquals(claim.Organisation, identification.Manufacturer))
            {
                evidence.Add(new EvidenceStep("identifier", $"{claim.Evidence} (not taken)", claim.Citation));
            }
        }

        foreach (var note in identification.Notes)
        {
            evidence.Add(new EvidenceStep("identifier", note));
        }

        if (identification.Disagreement is { } disagreement)
        {
            evidence.Add(new EvidenceStep("manufacturer", $"identifiers disagree: {disagreement}"));
        }

        if (identification.Manufacturer is { } maker)
        {
            evidence.Add(new EvidenceStep("manufacturer", $"{maker.Name} (confidence {identification.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})"));
        }
    }

    private static string OwnerText(ControlChain chain, bool atAcquisition)
    {
        var when = atAcquisition ? $"{Date(chain.AsOf)}, when the asset was obtained" : Date(chain.AsOf);
        var text = chain.Links.Count == 1
            ? $"{chain.Subject.Name}: no controlling owner recorded on {when}"
            : $"control as of {when}: {DesignationMatcher.ChainText(chain)}";
        var states = chain.ControllingStates.ToList();
        if (states.Count > 0)
        {
            text += $" (state control: {string.Join(", ", states)})";
        }

        return chain.Notes.Count == 0 ? text : $"{text}; {string.Join("; ", chain.Notes)}";
    }

    private static string? Cite(IReadOnlyList<ReferenceData.Source> sources) =>
        sources.Count == 0 ? null : string.Join("; ", sources.Select(s => s.Citation + (s.Unverified ? " [unverified]" : "")));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Outcome(FindingStatus Status, DateOnly? Deadline, Designation? Designation, IReadOnlyList<EvidenceStep> Steps, string? MissingField, string? ObligationId = null)
    {
        public static readonly Outcome Compliant = new(FindingStatus.Compliant, null, null, [], null);
    }
}
