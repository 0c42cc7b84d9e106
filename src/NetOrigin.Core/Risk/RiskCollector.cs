using NetOrigin.Assessment;
using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.Risk.Exposure;

namespace NetOrigin.Risk;

/// <summary>
/// The pass of a risk or exposure analysis: fed by the assessment's stream (each asset with its attribution and
/// findings), it gives each asset its profile, counts assets per ultimate controller, role, technology and service
/// type, and spools each asset by site to scratch. Nothing is held per asset; memory grows with the variety of
/// makers, findings and roles, not with the inventory. <see cref="CompleteRisk"/> or <see cref="CompleteExposure"/>
/// then make the report. Use one collector per run, on one thread.
/// </summary>
internal sealed class RiskCollector : IFindingSink, IAssessedAssetSink, IDisposable
{
    private readonly Action<Rejection>? _reject;
    private static readonly string[] RoleNames = Enum.GetValues<AssetRole>().Select(r => r == AssetRole.Unspecified ? "unspecified" : AssetVocabulary.NameOf(r)).ToArray();
    private static readonly string[] ServiceTypeNames = Enum.GetValues<ServiceType>().Select(t => t == ServiceType.Unspecified ? "unspecified" : AssetVocabulary.NameOf(t)).ToArray();
    private readonly Dictionary<string, (Organisation Maker, long Assets)> _cutMakers = new(StringComparer.Ordinal);

    internal RiskCollector(RiskModel model, OrganisationGraph graph, SupplierFactsBook suppliers, IReadOnlyList<CutTarget> cuts, DateOnly asOf, IScratchSpace scratch, Action<Rejection>? reject)
    {
        Model = model;
        Graph = graph;
        Cuts = cuts;
        AsOf = asOf;
        Controllers = new ControllerTable();
        Profiles = new ProfileBook(model, suppliers, Controllers, cuts, asOf);
        Partitions = new SitePartitions(scratch);
        _reject = reject;
    }

    internal RiskModel Model { get; }

    internal string IntelligenceLawData { get; init; } = "none";
    internal OrganisationGraph Graph { get; }
    internal IReadOnlyList<CutTarget> Cuts { get; }
    internal DateOnly AsOf { get; }
    internal ControllerTable Controllers { get; }
    internal ProfileBook Profiles { get; }
    internal SitePartitions Partitions { get; }
    internal ConcentrationTally Roles { get; } = new("role");
    internal ConcentrationTally Technologies { get; } = new("technology");
    internal ConcentrationTally ServiceTypes { get; } = new("service_type");
    internal long Identified { get; private set; }
    internal long CutAssets { get; private set; }

    /// <summary>Makers and providers a cut-off stops, as met in the inventory, with their assets.</summary>
    internal IEnumerable<MakerCount> CutMakers => _cutMakers.Values.Select(m => new MakerCount(m.Maker, m.Assets));

    internal AssessmentContext Context
    {
        get => field ?? throw new InvalidOperationException("the collector was not begun");
        private set;
    }

    internal AssessmentSummary Summary
    {
        get => field ?? throw new InvalidOperationException("the assessment has not ended");
        private set;
    }

    public void Begin(AssessmentContext context) => Context = context;

    public void Write(Finding finding)
    {
        // Findings come per asset through Assessed.
    }

    public void Reject(Rejection rejection) => _reject?.Invoke(rejection);

    public void Assessed(Asset asset, Attribution attribution, IReadOnlyList<Finding> findings)
    {
        // Per asset only what differs between assets of one profile; the rest is counted per profile at the end.
        var profile = Profiles.For(asset, attribution, findings);
        profile.Assets++;
        foreach (var technology in asset.Technologies)
        {
            Technologies.Add(technology, profile.Controller);
        }

        Partitions.Add(asset, profile.Id);
    }

    public void End(AssessmentSummary summary)
    {
        Summary = summary;
        Partitions.Complete();
        for (var i = 0; i < Profiles.Count; i++)
        {
            Count(Profiles[i]);
        }
    }

    /// <summary>Writes the risk analysis of what was collected to <paramref name="sink"/>.</summary>
    public void CompleteRisk(IRiskSink sink) => new RiskReport(this).Write(sink);

    /// <summary>Writes the cut-off exposure of what was collected to <paramref name="sink"/>.</summary>
    public void CompleteExposure(IExposureSink sink) => new ExposureReport(this).Write(sink);

    public void Dispose() => Partitions.Dispose();

    /// <summary>Counts the assets of one profile by controller, role, service type and cut.</summary>
    private void Count(AssetProfile profile)
    {
        var controller = profile.Controller;
        var assets = profile.Assets;
        if (controller >= 0)
        {
            Identified += assets;
            var tally = Controllers[controller];
            tally.Count(profile.Maker!, assets);
            FoldSupplierCriteria(tally, profile);
        }

        Roles.Add(RoleNames[(int)profile.AssetRole], controller, assets);
        if (profile.Function.Layer == FunctionLayer.Service)
        {
            ServiceTypes.Add(ServiceTypeNames[(int)profile.ServiceType], controller, assets);
        }

        if (profile.Cut == CutState.Cut)
        {
            CutAssets += assets;
            var maker = profile.Maker!;
            if (_cutMakers.TryGetValue(maker.Id, out var seen) || _cutMakers.Count < ControllerTable.MaxTracked)
            {
                _cutMakers[maker.Id] = (maker, seen.Assets + assets);
            }
        }
    }

    /// <summary>A controller's supplier-side criteria take the worst value known of any of its profiles.</summary>
    private void FoldSupplierCriteria(ControllerTally tally, AssetProfile profile)
    {
        for (var i = 0; i < Model.Criteria.Count; i++)
        {
            var criterion = Model.Criteria[i];
            if (criterion.Definition.Side != RiskSide.Supplier || criterion.Id == RiskCriteria.SupplierShare)
            {
                continue;
            }

            var value = RiskReport.PassValue(criterion.Id, profile);
            var (worst, factor, anyUnknown) = tally.Criteria[i];
            if (!value.IsKnown)
            {
                tally.Criteria[i] = (worst, factor, true);
                continue;
            }

            var candidate = value.Level is { } level ? criterion.FactorOf(level) : criterion.FactorOf(value.Number!.Value);
            if (worst is null || candidate > factor)
            {
                tally.Criteria[i] = (value, candidate, anyUnknown);
            }
        }
    }
}
