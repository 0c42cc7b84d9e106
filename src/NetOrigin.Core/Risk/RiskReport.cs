namespace NetOrigin.Risk;

/// <summary>
/// Turns what a <see cref="RiskCollector"/> gathered into the risk report: supplier shares and scores, the
/// network-wide concentration, then each site (one scratch partition at a time), the network, and each asset.
/// </summary>
internal sealed class RiskReport(RiskCollector run)
{
    /// <summary>How many of the riskiest sites the network summary keeps (the heat map draws them).</summary>
    public const int TopSiteCount = 30;

    private readonly RiskModel _model = run.Model;
    private CriterionValue[] _shares = [];

    public void Write(IRiskSink sink)
    {
        _shares = Shares();
        sink.Begin(new RiskOverview(
            run.Context,
            _model,
            run.Summary.Records,
            run.Identified,
            Suppliers(),
            run.Roles.Results(run.Controllers),
            run.Technologies.Results(run.Controllers),
            run.ServiceTypes.Results(run.Controllers))
        {
            IntelligenceLawData = run.IntelligenceLawData,
        });

        var network = new ScoreAccumulator(_model);
        var top = new List<SiteRisk>(TopSiteCount + 1);
        long sites = 0, unsited = 0, singleSource = 0, singleHomed = 0;
        for (var partition = 0; partition < SitePartitions.Count; partition++)
        {
            var (tallies, noSite) = Tally(partition);
            if (noSite is not null)
            {
                unsited += noSite.Assets;
                foreach (var (profile, count) in noSite.Profiles)
                {
                    network.Add(ScoreOf(run.Profiles[profile], ExposureLevel.NoSite), count);
                }
            }

            foreach (var tally in tallies.Values)
            {
                var site = SiteOf(tally, network);
                sites++;
                singleSource += site.SingleSourceFunctions.Any() ? 1 : 0;
                singleHomed += site.SingleHomed == true ? 1 : 0;
                Keep(top, site);
                sink.Site(site);
            }
        }

        sink.Network(new NetworkRisk(network.Score(), sites, unsited, singleSource, singleHomed, top));
        for (var partition = 0; partition < SitePartitions.Count; partition++)
        {
            var (tallies, _) = Tally(partition);
            foreach (var record in run.Partitions.Read(partition))
            {
                var profile = run.Profiles[record.Profile];
                var exposure = record.Site is { } site ? tallies[site].Functions[profile.Function].ExposureOf(profile.Controller) : ExposureLevel.NoSite;
                var controller = profile.Controller < 0 ? null : run.Controllers[profile.Controller].Controller;
                sink.Asset(new AssetRisk(record.Id, record.Name, record.Site, record.File, record.Line, profile.Maker, controller, profile.Function, ScoreOf(profile, exposure)));
            }
        }

        sink.End();
    }

    /// <summary>The value of a criterion that is known once the asset has passed (all but share and exposure).</summary>
    internal static CriterionValue PassValue(string criterion, AssetProfile profile) => criterion switch
    {
        RiskCriteria.StateControl => profile.Supplier?.StateControl ?? Unidentified,
        RiskCriteria.IntelligenceLaw => profile.Supplier?.IntelligenceLaw ?? Unidentified,
        RiskCriteria.OwnershipOpacity => profile.Supplier?.Opacity ?? Unidentified,
        RiskCriteria.ListingStatus => profile.Listing,
        RiskCriteria.RoleCriticality => profile.Role,
        RiskCriteria.UserData => profile.UserData,
        RiskCriteria.Deadline => profile.Deadline,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "not known when the asset passes"),
    };

    private static readonly CriterionValue Unidentified = CriterionValue.Unknown("nothing identifies its maker or provider");

    /// <summary>Sites of one partition, and the assets of that partition without a site.</summary>
    private (Dictionary<string, SiteTally> Sites, SiteTally? NoSite) Tally(int partition)
    {
        var sites = new Dictionary<string, SiteTally>(StringComparer.Ordinal);
        SiteTally? noSite = null;
        foreach (var record in run.Partitions.Read(partition, names: false))
        {
            SiteTally tally;
            if (record.Site is not { } site)
            {
                tally = noSite ??= new SiteTally(null);
            }
            else if (!sites.TryGetValue(site, out tally!))
            {
                sites[site] = tally = new SiteTally(site);
            }

            tally.Add(record, run.Profiles[record.Profile]);
        }

        return (sites, noSite);
    }

    private SiteRisk SiteOf(SiteTally tally, ScoreAccumulator network)
    {
        var score = new ScoreAccumulator(_model);
        var max = 0m;
        foreach (var (id, count) in tally.Profiles)
        {
            var profile = run.Profiles[id];
            var assetScore = ScoreOf(profile, tally.Functions[profile.Function].ExposureOf(profile.Controller));
            score.Add(assetScore, count);
            network.Add(assetScore, count);
            max = Math.Max(max, assetScore.Value);
        }

        var functions = tally.Functions
            .Select(f => new SiteFunction(f.Key, Concentration.Of("site_function", f.Key.Name, f.Value.Controllers.Select(c => (run.Controllers[c.Key].Controller, run.Controllers[c.Key].Label, c.Value.Assets)), f.Value.Unknown)))
            .OrderBy(f => f.Function.Layer)
            .ThenBy(f => f.Function.Name, StringComparer.Ordinal)
            .ToList();
        var suppliers = Concentration.Of(
            "site",
            tally.Site!,
            tally.Functions.Values.SelectMany(f => f.Controllers).GroupBy(c => c.Key).Select(g => (run.Controllers[g.Key].Controller, run.Controllers[g.Key].Label, g.Sum(c => c.Value.Assets))),
            tally.Functions.Values.Sum(f => f.Unknown));
        return new SiteRisk(tally.Site!, score.Score(), max, suppliers, functions);
    }

    private static void Keep(List<SiteRisk> top, SiteRisk site)
    {
        var at = top.FindIndex(t => site.Score.Value > t.Score.Value || (site.Score.Value == t.Score.Value && string.CompareOrdinal(site.Site, t.Site) < 0));
        if (at < 0)
        {
            if (top.Count < TopSiteCount)
            {
                top.Add(site);
            }

            return;
        }

        top.Insert(at, site);
        if (top.Count > TopSiteCount)
        {
            top.RemoveAt(top.Count - 1);
        }
    }

    private RiskScore ScoreOf(AssetProfile profile, ExposureLevel exposure) => profile.ScoreFor(exposure, Score);

    private RiskScore Score(AssetProfile profile, ExposureLevel exposure)
    {
        var terms = new List<RiskTerm>(_model.Criteria.Count);
        foreach (var criterion in _model.Criteria)
        {
            var value = criterion.Id switch
            {
                RiskCriteria.SupplierShare => profile.Controller < 0 ? Unidentified : _shares[profile.Controller],
                RiskCriteria.Exposure => ExposureValue(profile, exposure),
                _ => PassValue(criterion.Id, profile),
            };
            terms.Add(RiskTerm.Of(criterion, value, criterion.Weight));
        }

        return RiskScore.Of(terms);
    }

    private CriterionValue ExposureValue(AssetProfile profile, ExposureLevel exposure)
    {
        var function = profile.Function.Name;
        var controller = profile.Controller < 0 ? null : run.Controllers[profile.Controller].Controller;
        var facts = controller is null ? RiskFacts.None : new RiskFacts { Organisations = [controller.Id] };
        return exposure switch
        {
            ExposureLevel.SoleSupplier => CriterionValue.Of("sole-supplier", $"{controller!.DisplayName} is the only ultimate controller serving {function} at its site", facts),
            ExposureLevel.Shared => CriterionValue.Of("shared", $"another, independent controller also serves {function} at its site", facts),
            ExposureLevel.UnknownOthers => CriterionValue.Unknown($"{controller!.DisplayName} is the only known supplier of {function} at its site, but others there are of unknown supply", facts),
            ExposureLevel.NoSite => CriterionValue.Unknown("the inventory gives no site", facts),
            _ => Unidentified,
        };
    }

    private CriterionValue[] Shares()
    {
        var shares = new CriterionValue[run.Controllers.Count];
        for (var i = 0; i < shares.Length; i++)
        {
            var tally = run.Controllers[i];
            var percent = Concentration.Percent(tally.Assets, run.Identified);
            shares[i] = CriterionValue.Measured(percent, $"{tally.Label} supplies {tally.Assets} of the {run.Identified} identified assets ({percent}%)", new RiskFacts
            {
                Organisations = [tally.Controller.Id],
                Count = tally.Assets,
                Of = run.Identified,
            });
        }

        return shares;
    }

    private List<SupplierRisk> Suppliers()
    {
        var supplierCriteria = _model.Criteria.Select((c, i) => (Criterion: c, Index: i)).Where(c => c.Criterion.Definition.Side == RiskSide.Supplier).ToList();
        var total = supplierCriteria.Sum(c => c.Criterion.Weight);
        var list = new List<SupplierRisk>(run.Controllers.Count);
        for (var i = 0; i < run.Controllers.Count; i++)
        {
            var tally = run.Controllers[i];
            var terms = new List<RiskTerm>(supplierCriteria.Count);
            foreach (var (criterion, index) in supplierCriteria)
            {
                var weight = total == 0 ? 0 : Math.Round(criterion.Weight * RiskModel.TotalWeight / total, 2, MidpointRounding.AwayFromZero);
                var value = criterion.Id == RiskCriteria.SupplierShare ? _shares[i] : Worst(criterion, tally.Criteria[index]);
                terms.Add(RiskTerm.Of(criterion, value, weight));
            }

            var makers = tally.Makers.Values.OrderByDescending(m => m.Assets).ThenBy(m => m.Maker.Id, StringComparer.Ordinal).Select(m => new MakerCount(m.Maker, m.Assets)).ToList();
            var graph = run.Graph;
            var rights = makers.Select(m => m.Maker.Id).Prepend(tally.Controller.Id).Distinct(StringComparer.Ordinal)
                .SelectMany(graph.SuspensionRightsOf)
                .Where(r => r.HoldsOn(run.AsOf))
                .ToList();
            list.Add(new SupplierRisk(tally.Controller, tally.Label, makers, tally.Assets, Concentration.Percent(tally.Assets, run.Identified), RiskScore.Of(terms), rights));
        }

        return [.. list.OrderByDescending(s => s.Assets).ThenBy(s => s.Controller.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A supplier is as risky as the worst that is known of it — unless some of its assets are unknown on the
    /// criterion and the worst known is not already the top of the scale, in which case the criterion is unknown.
    /// </summary>
    private static CriterionValue Worst(RiskCriterion criterion, (CriterionValue? Worst, decimal Factor, bool AnyUnknown) tally)
    {
        var top = criterion.Levels.Values.Concat(criterion.Bands.Select(b => b.Factor)).DefaultIfEmpty(0m).Max();
        return tally switch
        {
            { Worst: null } => CriterionValue.Unknown("unknown for every one of its assets"),
            { AnyUnknown: true } when tally.Factor < top => CriterionValue.Unknown($"unknown for some of its assets; the worst known: {tally.Worst.Text}", tally.Worst.Facts),
            _ => tally.Worst,
        };
    }
}
