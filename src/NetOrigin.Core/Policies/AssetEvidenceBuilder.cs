using System.Globalization;
using NetOrigin.Caching;
using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Inventory;

namespace NetOrigin.Policies;

/// <summary>
/// Builds the pack-independent part of an asset's evidence (<see cref="AssetEvidence"/>): identifier and
/// manufacturer steps, the owner chain as of the day the asset was obtained, the operator's standing and where
/// context values came from. One builder serves every pack of a run, so this work and its caches exist once
/// however many packs are evaluated. Safe for any number of threads: its caches are concurrent, bounded, and keyed by
/// everything that changes an answer (the ownership epoch among it).
/// </summary>
public sealed class AssetEvidenceBuilder
{
    private const int MaxCachedChains = 100_000;
    private const int MaxCachedSteps = 200_000;

    private readonly OrganisationResolver? _names;
    private readonly DateOnly[] _ownershipChanges;
    private readonly BoundedCache<(Organisation, int), ControlChain> _chains = new(MaxCachedChains, new OrganisationInEpoch());
    private readonly BoundedCache<ControlChain, string> _chainTexts = new(MaxCachedChains, ReferenceEqualityComparer.Instance);
    private readonly BoundedCache<(ManufacturerClaim, bool), EvidenceStep> _claimSteps = new(MaxCachedSteps, new SameClaim());
    private readonly BoundedCache<(string, double), EvidenceStep> _manufacturerSteps = new(MaxCachedSteps);
    private readonly BoundedCache<(ControlChain, DateOnly), EvidenceStep> _ownerSteps = new(MaxCachedSteps);
    private readonly BoundedCache<string, EvidenceStep> _noteSteps = new(MaxCachedSteps);
    private readonly BoundedCache<(string, int), OperatorStanding> _operators = new(MaxCachedChains);
    private readonly BoundedCache<EvidenceStep, EvidenceStep> _sharedSteps = new(MaxCachedSteps);
    private readonly BoundedCache<VerdictShape, VerdictShape> _shapes = new(MaxCachedSteps);

    public AssetEvidenceBuilder(OwnershipResolver ownership, OrganisationResolver? names = null)
    {
        Ownership = ownership;
        _names = names;

        // Control can only change on a day some ownership edge starts or ends: between two such days every chain
        // is the same, so chains are cached per interval ("epoch"), not per day.
        _ownershipChanges = ownership.Graph.Edges
            .SelectMany(e => new[] { e.From, e.To })
            .OfType<DateOnly>()
            .Distinct()
            .Order()
            .ToArray();
    }

    internal OwnershipResolver Ownership { get; }

    internal AssetEvidence Build(Asset asset, Attribution identification, DateOnly asOf)
    {
        // Who controlled the maker is judged when the asset was obtained: a Honor router bought in 2019 was made
        // by a Huawei subsidiary, one bought in 2022 was not. Rules themselves are judged as of the evaluation date.
        ControlChain? chain = null;
        VerdictShape? shape = null;
        var obtained = asset.Acquired ?? asset.Installed;
        var ownershipDate = obtained is { } o && o < asOf ? o : asOf;
        if (identification.Manufacturer is { } maker && !identification.OperatingSystemOnly)
        {
            chain = ChainOf(maker, ownershipDate);
        }

        // Who runs the asset is judged on the evaluation date: the rules reach the operator as it is now.
        var standing = StandingOf(asset, asOf);
        if (chain is not null)
        {
            // One object for all assets of one shape, so each pack's verdict look-up hashes it by reference.
            var made = VerdictShape.Of(asset, identification.Manufacturer!.Id, Epoch(ownershipDate), asOf, standing);
            shape = _shapes.GetOrAdd(made, static (made, _) => made, 0);
        }

        return new AssetEvidence(this, asset, identification, chain, ownershipDate, obtained is not null && ownershipDate == obtained, standing, ContextStep(asset), shape);
    }

    /// <summary>The steps of <see cref="AssetEvidence.Steps"/>: how the record was read, identified, and who controlled its maker.</summary>
    internal List<EvidenceStep> StepsOf(AssetEvidence facts, bool atAcquisition)
    {
        var asset = facts.Asset;
        var identification = facts.Attribution;
        var steps = new List<EvidenceStep>(asset.InputNotes.Count + identification.Claims.Count + 3);
        foreach (var note in asset.InputNotes)
        {
            steps.Add(new EvidenceStep(EvidenceKind.Input, note, asset.Source.ToString()));
        }

        AddIdentificationEvidence(identification, steps);
        if (facts.OwnerChain is { } chain)
        {
            steps.Add(OwnerStep(chain, facts.OwnershipDate, atAcquisition));
        }

        return steps;
    }

    /// <summary>
    /// One object for all shared steps equal to <paramref name="step"/>, whichever pack or cached verdict made them:
    /// writers encode a shared step once per object, so equal steps made apart (the same verdict text under two
    /// verdict keys, or past a verdict cache's bound) would otherwise be encoded, hashed and indexed again each time.
    /// </summary>
    internal EvidenceStep Shared(EvidenceStep step) => _sharedSteps.Add(step, step);

    internal ControlChain ChainOf(Organisation organisation, DateOnly date) =>
        _chains.GetOrAdd((organisation, Epoch(date)), static (_, arg) => arg.Self.ResolveChain(arg.Organisation, arg.Date), (Self: this, Organisation: organisation, Date: date));

    private ControlChain ResolveChain(Organisation organisation, DateOnly date) => organisation.Listed
        ? Ownership.ControlChainOf(organisation.Id, date)
        : new ControlChain(date, [new ControlLink(organisation, null)], ["it is not in the organisation data, so its owners are not recorded"]);

    /// <summary>The interval between ownership changes that <paramref name="date"/> falls in.</summary>
    internal int Epoch(DateOnly date) => Place(_ownershipChanges, date);

    /// <summary>How many of the sorted dates are on or before <paramref name="day"/>.</summary>
    internal static int Place(DateOnly[] sorted, DateOnly day)
    {
        var index = Array.BinarySearch(sorted, day);
        return index >= 0 ? index + 1 : ~index;
    }

    private OperatorStanding? StandingOf(Asset asset, DateOnly asOf) =>
        _names is null || asset.OwnerOrg is not { } ownerOrg
            ? null
            : _operators.GetOrAdd((ownerOrg, Epoch(asOf)), static (key, arg) => OperatorStanding.Resolve(key.Item1, arg.AsOf, arg.Self._names!, arg.Self.Ownership), (Self: this, AsOf: asOf));

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
            evidence.Add(_noteSteps.GetOrAdd(note, static (note, _) => new EvidenceStep(EvidenceKind.Identifier, note) { Reused = true }, 0));
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
            evidence.Add(_manufacturerSteps.GetOrAdd((maker.Id, identification.Confidence), static (key, arg) =>
                arg.Self.Shared(new EvidenceStep(EvidenceKind.Manufacturer, $"{arg.Maker.Name} (confidence {key.Item2.ToString("0.00", CultureInfo.InvariantCulture)})")
                {
                    Shared = true,
                    Facts = new EvidenceFacts { Organisations = [arg.Maker.Id], Confidence = key.Item2, Taken = true },
                }), (Self: this, Maker: maker)));
        }
    }

    /// <summary>A claim's evidence step; made once for claims that many assets share.</summary>
    private EvidenceStep StepOf(ManufacturerClaim claim, bool taken) => claim.Shared
        ? _claimSteps.GetOrAdd((claim, taken), static (key, self) => self.Shared(ClaimStep(key.Item1, key.Item2) with { Shared = true }), this)
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

    /// <summary>
    /// The owner step. Judged on the evaluation date it is the same for every asset of the maker and is made once;
    /// judged on an asset's own acquisition date it is that asset's alone (few assets share a maker and a day), so it
    /// is neither cached nor marked shared.
    /// </summary>
    private EvidenceStep OwnerStep(ControlChain chain, DateOnly date, bool atAcquisition) => atAcquisition
        ? NewOwnerStep(chain, date, atAcquisition: true)
        : _ownerSteps.GetOrAdd((chain, date), static (key, self) => self.Shared(self.NewOwnerStep(key.Item1, key.Item2, atAcquisition: false) with { Shared = true }), this);

    private EvidenceStep NewOwnerStep(ControlChain chain, DateOnly date, bool atAcquisition) =>
        new(EvidenceKind.Owner, OwnerText(chain, date, atAcquisition), null, chain.Links.Count > 1 ? chain.Links[^1].Via!.Sources : null)
        {
            Facts = new EvidenceFacts
            {
                Organisations = OrganisationsOf(chain),
                Edges = EdgesOf(chain),
                Date = date,
            },
        };

    private readonly BoundedCache<ControlChain, (string[] Organisations, string[] Edges)> _chainIds = new(MaxCachedChains, ReferenceEqualityComparer.Instance);

    private string[] OrganisationsOf(ControlChain chain) => IdsOf(chain).Organisations;

    private string[] EdgesOf(ControlChain chain) => IdsOf(chain).Edges;

    private (string[] Organisations, string[] Edges) IdsOf(ControlChain chain) =>
        _chainIds.GetOrAdd(chain, static (chain, _) => ([.. chain.Links.Select(l => l.Organisation.Id)], [.. chain.Links.Skip(1).Select(l => l.Via!.Id)]), 0);

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

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Chains are keyed by the organisation object (the graph holds one per organisation; an unlisted maker is one
    /// object per name), which hashes without reading its id's characters.
    /// </summary>
    private sealed class OrganisationInEpoch : IEqualityComparer<(Organisation Organisation, int Epoch)>
    {
        public bool Equals((Organisation Organisation, int Epoch) x, (Organisation Organisation, int Epoch) y) =>
            ReferenceEquals(x.Organisation, y.Organisation) && x.Epoch == y.Epoch;

        public int GetHashCode((Organisation Organisation, int Epoch) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Organisation), key.Epoch);
    }

    /// <summary>
    /// A shared claim is one object for many assets: keyed by that object, a look-up hashes no record fields. Equal
    /// claims made apart still get one step, through <see cref="Shared"/>.
    /// </summary>
    private sealed class SameClaim : IEqualityComparer<(ManufacturerClaim Claim, bool Taken)>
    {
        public bool Equals((ManufacturerClaim Claim, bool Taken) x, (ManufacturerClaim Claim, bool Taken) y) =>
            ReferenceEquals(x.Claim, y.Claim) && x.Taken == y.Taken;

        public int GetHashCode((ManufacturerClaim Claim, bool Taken) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Claim), key.Taken);
    }
}
