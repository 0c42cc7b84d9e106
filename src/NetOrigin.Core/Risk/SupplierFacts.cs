using System.Globalization;
using NetOrigin.Entities;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;

namespace NetOrigin.Risk;

/// <summary>
/// What the reference data says about one maker or provider on the run's date: who controls it (the chain up to its
/// ultimate controller) and the supplier-side criteria that follow from its ownership — state control, the
/// intelligence laws of its and its controllers' countries, and how well its ownership is documented.
/// </summary>
internal sealed class SupplierFacts
{
    internal SupplierFacts(Organisation maker, ControlChain chain, CriterionValue stateControl, CriterionValue intelligenceLaw, CriterionValue opacity)
    {
        Maker = maker;
        Chain = chain;
        StateControl = stateControl;
        IntelligenceLaw = intelligenceLaw;
        Opacity = opacity;
    }

    public Organisation Maker { get; }

    /// <summary>The control chain on the run's date: who controls the maker now, whenever the asset was bought.</summary>
    public ControlChain Chain { get; }

    public Organisation Controller => Chain.UltimateController;
    public CriterionValue StateControl { get; }
    public CriterionValue IntelligenceLaw { get; }
    public CriterionValue Opacity { get; }
}

/// <summary>Works out <see cref="SupplierFacts"/> once per maker for one date.</summary>
internal sealed class SupplierFactsBook(OwnershipResolver ownership, IntelligenceLawBook laws, DateOnly asOf)
{
    private const int MaxCached = 100_000;
    private readonly Caching.BoundedCache<string, SupplierFacts> _facts = new(MaxCached, StringComparer.Ordinal);

    public SupplierFacts For(Organisation maker) =>
        _facts.GetOrAdd(maker.Id, static (_, arg) => arg.Self.Work(arg.Maker), (Self: this, Maker: maker));

    private SupplierFacts Work(Organisation maker)
    {
        if (!maker.Listed)
        {
            var chain = new ControlChain(asOf, [new ControlLink(maker, null)], ["it is not in the organisation data, so its owners are not recorded"]);
            var why = $"{maker.Name} is not in the organisation data, so who controls it is not recorded";
            return new SupplierFacts(
                maker,
                chain,
                CriterionValue.Unknown(why, new RiskFacts { Organisations = [maker.Id] }),
                CriterionValue.Unknown(why + ", nor its country", new RiskFacts { Organisations = [maker.Id] }),
                CriterionValue.Of("not-in-data", $"{maker.Name} is not in the organisation data: nothing is recorded of its owners", new RiskFacts { Organisations = [maker.Id] }));
        }

        var resolution = ownership.Resolve(maker.Id, asOf);
        var primary = resolution.PrimaryChain;
        return new SupplierFacts(maker, primary, StateControl(resolution, primary), IntelligenceLaw(maker, resolution, primary), Opacity(maker, resolution));
    }

    private static CriterionValue StateControl(OwnershipResolution resolution, ControlChain chain)
    {
        var maker = resolution.Subject;
        if (resolution.IsStateControlled)
        {
            var states = string.Join(", ", resolution.States);
            var through = chain.ControllingStates.Any() ? DesignationMatcher.ChainText(chain) : "a controlling ownership path";
            return CriterionValue.Of("state-controlled", $"{maker.DisplayName} is controlled by the state of {states} through {through}", ChainFacts(chain, resolution.States));
        }

        foreach (var path in resolution.Paths)
        {
            var index = path.Steps.ToList().FindIndex(s => s.Owner.IsStateBody);
            if (index < 0)
            {
                continue;
            }

            var steps = path.Steps.Take(index + 1).ToList();
            var body = steps[^1].Owner;
            var share = steps.All(s => s.Edge.Share is not null) ? steps.Aggregate(100m, (p, s) => p * s.Edge.Share!.Value / 100m) : (decimal?)null;
            var held = share is { } s ? $"{s.ToString("0.##", CultureInfo.InvariantCulture)}%" : "a stake of unrecorded size";
            return CriterionValue.Of("state-stake", $"{body.DisplayName} (state of {body.State}) holds {held} of {maker.DisplayName} without control", new RiskFacts
            {
                Organisations = [maker.Id, .. steps.Select(st => st.Owner.Id)],
                Edges = [.. steps.Select(st => st.Edge.Id)],
                Countries = [body.State!],
                Sources = Distinct(steps.SelectMany(st => st.Edge.Sources)),
            });
        }

        return CriterionValue.Of("no-state-recorded", resolution.Paths.Count == 0
            ? $"no owner of {maker.DisplayName} is recorded, so no state owner either"
            : $"no state body is among the recorded owners of {maker.DisplayName}", ChainFacts(chain, []));
    }

    private CriterionValue IntelligenceLaw(Organisation maker, OwnershipResolution resolution, ControlChain chain)
    {
        var controller = chain.UltimateController;
        var countries = new[] { maker.Country ?? maker.State, controller.Country ?? controller.State }
            .Concat(resolution.States)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var facts = new RiskFacts { Organisations = [maker.Id, .. controller.Is(maker) ? Array.Empty<string>() : [controller.Id]], Countries = countries };
        if (countries.Count == 0)
        {
            return CriterionValue.Unknown($"no country is recorded for {maker.DisplayName} or its controller", facts);
        }

        var levels = RiskCriteria.Find(RiskCriteria.IntelligenceLaw)!.Levels;
        (int Rank, string Country, IntelligenceLaw? Law)? worst = null;
        var unknownCountries = new List<string>();
        foreach (var country in countries)
        {
            var inForce = laws.Of(country, asOf);
            if (inForce.Count == 0)
            {
                unknownCountries.Add(country);
                continue;
            }

            var law = inForce.FirstOrDefault(l => l.Compels && !l.IndependentOversight) ?? inForce.FirstOrDefault(l => l.Compels) ?? inForce[0];
            var level = law.Compels ? law.IndependentOversight ? "compels-with-independent-oversight" : "compels" : "no-such-law";
            var rank = Array.IndexOf(levels.ToArray(), level);
            if (worst is null || rank < worst.Value.Rank)
            {
                worst = (rank, country, law);
            }
        }

        var where = string.Join(", ", countries);
        if (worst is { Law: { } found, Country: var at } && (worst.Value.Rank == 0 || unknownCountries.Count == 0))
        {
            var lawFacts = facts with { Laws = [found.Id], Sources = found.Sources };
            var mark = found.Unverified ? " [unverified]" : "";
            return CriterionValue.Of(levels[worst.Value.Rank], found.Compels
                ? $"{found.Title} ({at}){mark}: {found.Summary}"
                : $"{found.Title} ({at}){mark}: no compelled cooperation", lawFacts);
        }

        return CriterionValue.Unknown($"no intelligence law of {string.Join(", ", unknownCountries)} is recorded (countries of {maker.DisplayName} and its controllers: {where})", facts);
    }

    private static CriterionValue Opacity(Organisation maker, OwnershipResolution resolution)
    {
        var edges = resolution.Paths.SelectMany(p => p.Steps.Select(s => s.Edge)).Distinct().ToList();
        var facts = new RiskFacts { Organisations = [maker.Id], Edges = [.. edges.Select(e => e.Id)], Sources = Distinct(edges.SelectMany(e => e.Sources)) };
        if (resolution.Paths.Count == 0)
        {
            return CriterionValue.Of("no-owners-recorded", $"no owner of {maker.DisplayName} is recorded on {resolution.AsOf:yyyy-MM-dd}", facts with { Sources = maker.Sources });
        }

        var shareless = edges.Where(e => e.Share is null && !e.ExplicitControl).ToList();
        var cut = resolution.Paths.Any(p => p.End != PathEnd.Root);
        if (shareless.Count > 0 || cut)
        {
            var why = shareless.Count > 0
                ? $"{shareless.Count} ownership edge(s) on its paths record no share and no control ({string.Join(", ", shareless.Select(e => e.Id))})"
                : "an ownership path was cut (a cycle or too many links)";
            return CriterionValue.Of("incomplete", $"the ownership of {maker.DisplayName} is incomplete: {why}", facts);
        }

        var unverified = edges.Where(e => e.Unverified).ToList();
        if (unverified.Count > 0 || maker.Unverified)
        {
            var why = unverified.Count > 0 ? $"{unverified.Count} of {edges.Count} ownership edges rest on unverified sources" : "the record of the company itself is unverified";
            return CriterionValue.Of("unverified", $"the ownership of {maker.DisplayName} is recorded, but {why}", facts);
        }

        return CriterionValue.Of("documented", $"every ownership edge of {maker.DisplayName} up to its roots is recorded with its share and a verified source", facts);
    }

    private static RiskFacts ChainFacts(ControlChain chain, IReadOnlyList<string> states) => new()
    {
        Organisations = [.. chain.Links.Select(l => l.Organisation.Id)],
        Edges = [.. chain.Links.Skip(1).Select(l => l.Via!.Id)],
        Countries = states,
        Sources = Distinct(chain.Links.Skip(1).SelectMany(l => l.Via!.Sources)),
    };

    private static IReadOnlyList<Source> Distinct(IEnumerable<Source> sources) => sources.DistinctBy(s => s.Id).ToList();
}
