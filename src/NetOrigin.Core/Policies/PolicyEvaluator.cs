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
    private const int MaxCachedChains = 100_000;

    private const int MaxCachedSteps = 200_000;

    private readonly DesignationMatcher _matcher;
    private readonly OwnershipResolver _ownership;
    private readonly DateOnly[] _ownershipChanges;
    private readonly DateOnly[] _installationBars;
    private readonly BoundedCache<(string, int), ControlChain> _chains = new(MaxCachedChains);
    private readonly BoundedCache<ControlChain, string> _chainTexts = new(MaxCachedChains, ReferenceEqualityComparer.Instance);
    private readonly BoundedCache<VerdictKey, Verdict> _verdicts = new(MaxCachedVerdicts);
    private readonly BoundedCache<(ManufacturerClaim, bool), EvidenceStep> _claimSteps = new(MaxCachedSteps);
    private readonly BoundedCache<(string, double), EvidenceStep> _manufacturerSteps = new(MaxCachedSteps);
    private readonly BoundedCache<(ControlChain, DateOnly, bool), EvidenceStep> _ownerSteps = new(MaxCachedSteps);
    private readonly BoundedCache<(string, int), OperatorStanding> _operators = new(MaxCachedChains);
    private readonly OrganisationResolver? _names;

    /// <summary>
    /// An evaluator of <paramref name="pack"/>. Given <paramref name="names"/>, an asset's <c>owner_org</c> is resolved
    /// through the organisation data, so rules scoped by the operator's standing (a state-owned enterprise) reach it.
    /// </summary>
    public PolicyEvaluator(PolicyPack pack, OwnershipResolver ownership, OrganisationResolver? names = null)
    {
        Pack = pack;
        _ownership = ownership;
        _names = names;
        _matcher = new DesignationMatcher(ownership);

        // Control can only change on a day some ownership edge starts or ends: between two such days every chain
        // is the same, so chains and verdicts are cached per interval ("epoch"), not per day.
        _ownershipChanges = ownership.Graph.Edges
            .SelectMany(e => new[] { e.From, e.To })
            .OfType<DateOnly>()
            .Distinct()
            .Order()
            .ToArray();
        _installationBars = pack.Obligations
            .Where(o => o.Kind == ObligationKind.NoNewInstallation)
            .Select(o => o.Date!.Value)
            .Distinct()
            .Order()
            .ToArray();
    }

    public PolicyPack Pack { get; }

    public ControlChain ChainOf(Organisation organisation, DateOnly date) =>
        _chains.GetOrAdd((organisation.Id, Epoch(date)), static (_, arg) => arg.Self.ResolveChain(arg.Organisation, arg.Date), (Self: this, Organisation: organisation, Date: date));

    private ControlChain ResolveChain(Organisation organisation, DateOnly date) => organisation.Listed
        ? _ownership.ControlChainOf(organisation.Id, date)
        : new ControlChain(date, [new ControlLink(organisation, null)], ["it is not in the organisation data, so its owners are not recorded"]);

    private int Epoch(DateOnly date) => Place(_ownershipChanges, date);

    public Finding Evaluate(Asset asset, Attribution identification, DateOnly asOf)
    {
        var evidence = new List<EvidenceStep>(10);
        foreach (var note in asset.InputNotes)
        {
            evidence.Add(new EvidenceStep(EvidenceKind.Input, note, asset.Source.ToString()));
        }

        AddIdentificationEvidence(identification, evidence);
        if (identification.Manufacturer is not { } maker || identification.OperatingSystemOnly)
        {
            evidence.Add(VerdictStep(FindingStatus.Unknown, identification.OperatingSystemOnly
                ? $"unknown: only the maker of its operating system ({identification.Manufacturer!.Name}) is known, not who made the device, so {Pack.Title} cannot be decided"
                : $"unknown: no manufacturer or provider could be identified, so {Pack.Title} cannot be decided", missingField: "manufacturer"));
            return new Finding(asset, Pack.Id, FindingStatus.Unknown, null, identification, null, evidence, null, "manufacturer");
        }

        // Who controlled the maker is judged when the asset was obtained: a Honor router bought in 2019 was made
        // by a Huawei subsidiary, one bought in 2022 was not. Rules themselves are judged as of the evaluation date.
        var obtained = asset.Acquired ?? asset.Installed;
        var ownershipDate = obtained is { } o && o < asOf ? o : asOf;
        var chain = ChainOf(maker, ownershipDate);
        evidence.Add(OwnerStep(chain, ownershipDate, obtained is not null && ownershipDate == obtained));

        // Who runs the asset is judged on the evaluation date: the rules reach the operator as it is now.
        var standing = StandingOf(asset, asOf);
        var implied = standing?.UsesIn(Pack.Jurisdiction) ?? [];
        foreach (var use in implied)
        {
            evidence.Add(new EvidenceStep(EvidenceKind.Operator, use.Reason, Sources: Cite(use.Sources))
            {
                Facts = new EvidenceFacts { Organisations = [.. standing!.Chain!.Links.Select(l => l.Organisation.Id)], Date = asOf },
            });
        }

        if (ContextStep(asset) is { } context)
        {
            evidence.Add(context);
        }

        // Everything after the owner step depends only on the maker, the ownership epoch, the operator and the asset
        // fields rules read, so it is computed once per such combination and shared.
        var key = KeyOf(asset, maker, ownershipDate, asOf, standing);
        if (!_verdicts.TryGetValue(key, out var verdict))
        {
            verdict = Decide(new AssetView(asset, maker, standing, implied), chain, asOf);
            verdict = _verdicts.Add(key, verdict with { Steps = verdict.Steps.Select(step => step with { Shared = true }).ToList() });
        }

        evidence.AddRange(verdict.Steps);
        return new Finding(asset, Pack.Id, verdict.Status, verdict.Deadline, identification, chain, evidence, verdict.DesignationId, verdict.MissingField)
        {
            ObligationId = verdict.ObligationId,
            ShareCaps = verdict.ShareCaps,
        };
    }

    /// <summary>Where the values rules read came from, when not from the row itself (a context file's site or defaults, a connector's field).</summary>
    private static EvidenceStep? ContextStep(Asset asset)
    {
        if (asset.Origins.Count == 0)
        {
            return null;
        }

        List<string>? parts = null;
        foreach (var (field, value) in AssetValues.Of(asset))
        {
            if (field is InventoryField.Use or InventoryField.Country or InventoryField.OwnerOrg or InventoryField.Technology or InventoryField.RoutesUserData or InventoryField.Role
                && asset.Origins.FirstOrDefault(o => o.Field == field) is { Origin: { } origin })
            {
                (parts ??= []).Add($"{FieldCatalog.NameOf(field)} {value} from {origin}");
            }
        }

        return parts is null ? null : new EvidenceStep(EvidenceKind.Context, $"not in the row: {string.Join("; ", parts)}");
    }

    private OperatorStanding? StandingOf(Asset asset, DateOnly asOf) =>
        _names is null || asset.OwnerOrg is not { } ownerOrg
            ? null
            : _operators.GetOrAdd((ownerOrg, Epoch(asOf)), static (key, arg) => OperatorStanding.Resolve(key.Item1, arg.AsOf, arg.Self._names!, arg.Self._ownership), (Self: this, AsOf: asOf));

    private VerdictKey KeyOf(Asset asset, Organisation maker, DateOnly ownershipDate, DateOnly asOf, OperatorStanding? standing)
    {
        // Installation bars compare the installation date with each bar's date: its place among the sorted bar
        // dates decides every comparison, however many bars the pack has.
        var installed = asset.Installed ?? asset.Acquired;
        var installation = installed is not { } day ? -1 : Place(_installationBars, day);
        return new VerdictKey(
            maker.Id,
            Epoch(ownershipDate),
            asOf,
            asset.Kind,
            asset.Role,
            asset.Use,
            asset.ServiceType,
            asset.Provider is null,
            asset.Technologies.Count == 0 ? "" : string.Join(';', asset.Technologies),
            asset.RoutesUserData,
            asset.OriginCountry,
            installation,
            standing is null ? null : standing.Operator?.Id ?? "?" + standing.NamedAs);
    }

    /// <summary>How many of the sorted dates are on or before <paramref name="day"/>.</summary>
    private static int Place(DateOnly[] sorted, DateOnly day)
    {
        var index = Array.BinarySearch(sorted, day);
        return index >= 0 ? index + 1 : ~index;
    }

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

    private void AddIdentificationEvidence(Attribution identification, List<EvidenceStep> evidence)
    {
        foreach (var claim in identification.Supporting)
        {
            evidence.Add(StepOf(claim, taken: true));
        }

        foreach (var claim in identification.Claims)
        {
            if (claim.Organisation.Id != identification.Manufacturer?.Id)
            {
                evidence.Add(StepOf(claim, taken: false));
            }
        }

        foreach (var note in identification.Notes)
        {
            evidence.Add(new EvidenceStep(EvidenceKind.Identifier, note));
        }

        if (identification.Disagreement is { } disagreement)
        {
            var others = identification.Claims.Select(c => c.Organisation.Id).Where(id => id != identification.Manufacturer?.Id).Distinct(StringComparer.Ordinal);
            evidence.Add(new EvidenceStep(EvidenceKind.Manufacturer, $"identifiers disagree: {disagreement}")
            {
                Facts = new EvidenceFacts { Organisations = [identification.Manufacturer!.Id, .. others], Taken = false },
            });
        }

        if (identification.Manufacturer is { } maker && !identification.OperatingSystemOnly)
        {
            evidence.Add(_manufacturerSteps.GetOrAdd((maker.Id, identification.Confidence), static (key, maker) =>
                new EvidenceStep(EvidenceKind.Manufacturer, $"{maker.Name} (confidence {key.Item2.ToString("0.00", CultureInfo.InvariantCulture)})")
                {
                    Shared = true,
                    Facts = new EvidenceFacts { Organisations = [maker.Id], Confidence = key.Item2, Taken = true },
                }, maker));
        }
    }

    /// <summary>A claim's evidence step; made once for claims that many assets share.</summary>
    private EvidenceStep StepOf(ManufacturerClaim claim, bool taken) => claim.Shared
        ? _claimSteps.GetOrAdd((claim, taken), static (key, _) => ClaimStep(key.Item1, key.Item2) with { Shared = true }, 0)
        : ClaimStep(claim, taken);

    private static EvidenceStep ClaimStep(ManufacturerClaim claim, bool taken) =>
        new(EvidenceKind.Identifier, taken ? claim.Evidence : $"{claim.Evidence} (not taken)", claim.Citation)
        {
            Facts = new EvidenceFacts
            {
                Organisations = [claim.Organisation.Id],
                Brand = claim.Brand?.Id,
                Field = claim.Field,
                Value = claim.Value,
                Registry = claim.Registry,
                Fingerprint = claim.Fingerprint,
                Confidence = claim.Confidence,
                Taken = taken,
            },
        };

    private EvidenceStep OwnerStep(ControlChain chain, DateOnly date, bool atAcquisition) =>
        _ownerSteps.GetOrAdd((chain, date, atAcquisition), static (key, self) =>
        {
            var (chain, date, atAcquisition) = key;
            return new EvidenceStep(EvidenceKind.Owner, self.OwnerText(chain, date, atAcquisition), null, chain.Links.Count > 1 ? chain.Links[^1].Via!.Sources : null)
            {
                Shared = true,
                Facts = new EvidenceFacts
                {
                    Organisations = [.. chain.Links.Select(l => l.Organisation.Id)],
                    Edges = [.. chain.Links.Skip(1).Select(l => l.Via!.Id)],
                    Date = date,
                },
            };
        }, this);

    private string OwnerText(ControlChain chain, DateOnly date, bool atAcquisition)
    {
        var described = _chainTexts.GetOrAdd(chain, static (chain, _) =>
        {
            var described = chain.Links.Count == 1 ? "" : DesignationMatcher.ChainText(chain);
            var states = chain.ControllingStates.ToList();
            if (states.Count > 0)
            {
                described += $" (state control: {string.Join(", ", states)})";
            }

            if (chain.Notes.Count > 0)
            {
                described += $"; {string.Join("; ", chain.Notes)}";
            }

            return described;
        }, 0);

        var when = atAcquisition ? $"{Date(date)}, when the asset was obtained" : Date(date);
        return chain.Links.Count == 1
            ? $"{chain.Subject.Name}: no controlling owner recorded on {when}{described}"
            : $"control as of {when}: {described}";
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

    /// <summary>Everything a rule may read of an asset, besides its maker and ownership epoch.</summary>
    private readonly record struct VerdictKey(
        string MakerId,
        int Epoch,
        DateOnly AsOf,
        AssetKind Kind,
        AssetRole Role,
        string? Use,
        ServiceType ServiceType,
        bool NoProvider,
        string Technologies,
        bool? RoutesUserData,
        string? OriginCountry,
        int Installation,
        string? Operator);

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
