using NetOrigin.Risk;
using NetOrigin.Risk.Exposure;

namespace NetOrigin.Tests.Risk;

/// <summary>The cases the analysis exists for, on the shipped reference data and the default model.</summary>
public class RealRiskCaseTests
{
    private const string Header = "id,site,role,kind,manufacturer,provider,service_type\n";

    [Fact]
    public void A_huawei_core_router_scores_above_a_nokia_core_router_at_the_same_site_whatever_the_unknowns()
    {
        var run = RiskRuns.Risk(Header + "hw,CO-1,core,device,Huawei,,\nnk,CO-1,core,device,Nokia,,\n", "us-fcc-covered-list");
        var huawei = run.Asset("hw").Score;
        var nokia = run.Asset("nk").Score;

        // Even if every criterion unknown for Nokia took its worst value, Huawei would still score higher.
        Assert.True(huawei.Value > nokia.Upper, $"Huawei {huawei.Value} (+{huawei.UnknownWeight}) vs Nokia {nokia.Value} (+{nokia.UnknownWeight})");
        Assert.Equal("violation", Term(huawei, RiskCriteria.ListingStatus).Value.Level);
        Assert.Equal("compliant", Term(nokia, RiskCriteria.ListingStatus).Value.Level);
        Assert.Equal("compels", Term(huawei, RiskCriteria.IntelligenceLaw).Value.Level);
        Assert.Contains("CN", Term(huawei, RiskCriteria.IntelligenceLaw).Value.Facts.Countries);
        Assert.Equal("state-stake", Term(nokia, RiskCriteria.StateControl).Value.Level);

        // Same site, same role: the asset side scores alike; the difference is the supplier's.
        Assert.Equal(Term(huawei, RiskCriteria.RoleCriticality).Contribution, Term(nokia, RiskCriteria.RoleCriticality).Contribution);
        Assert.Equal("shared", Term(huawei, RiskCriteria.Exposure).Value.Level);
    }

    [Fact]
    public void Two_satellite_backhaul_brands_under_one_controller_are_one_dependency()
    {
        // OneWeb has been Eutelsat's since 2023: a remote site with both is single-homed on Eutelsat.
        var run = RiskRuns.Risk(Header + "s1,REMOTE-1,satellite,service,,OneWeb,satellite\ns2,REMOTE-1,satellite,service,,Eutelsat,satellite\n");
        var site = run.Site("REMOTE-1");
        var backhaul = Assert.Single(site.Functions);
        var share = Assert.Single(backhaul.Suppliers.Shares);
        Assert.Equal("eutelsat", share.Controller.Id);
        Assert.Equal(10_000m, backhaul.Suppliers.Hhi);
        Assert.True(backhaul.Suppliers.SingleSource);
        Assert.True(site.SingleHomed);
        Assert.All(run.Assets, a => Assert.Equal("sole-supplier", Term(a.Score, RiskCriteria.Exposure).Value.Level));

        var cut = RiskRuns.Exposure(Header + "s1,REMOTE-1,satellite,service,,OneWeb,satellite\ns2,REMOTE-1,satellite,service,,Eutelsat,satellite\n", "Eutelsat");
        Assert.Equal(SiteOutcome.Dark, cut.Site("REMOTE-1").Outcome);

        // Stopping only the OneWeb brand leaves service, but only under the same controller: not an independent alternative.
        var oneweb = RiskRuns.Exposure(Header + "s1,REMOTE-1,satellite,service,,OneWeb,satellite\ns2,REMOTE-1,satellite,service,,Eutelsat,satellite\n", "OneWeb");
        var function = Assert.Single(oneweb.Site("REMOTE-1").Functions);
        Assert.Equal(FunctionOutcome.KeptNotIndependent, function.Outcome);
        Assert.False(Assert.Single(function.Remaining).Independent);
    }

    [Fact]
    public void Cutting_a_leo_provider_leaves_its_single_homed_remote_sites_dark_and_the_dual_homed_ones_up()
    {
        var csv = Header
            + "a1,REMOTE-A,satellite,service,,Starlink,satellite\n"
            + "a2,REMOTE-A,ran,device,Ericsson,,\n"
            + "b1,REMOTE-B,satellite,service,,Starlink,satellite\n"
            + "b2,REMOTE-B,satellite,service,,OneWeb,satellite\n"
            + "c1,REMOTE-C,satellite,service,,SpaceX,satellite\n"
            + "c2,REMOTE-C,transport,service,,Lumen,backhaul\n"
            + "d1,REMOTE-D,satellite,service,,Amazon Kuiper,satellite\n";
        var run = RiskRuns.Exposure(csv, "Starlink");

        Assert.Equal(SiteOutcome.Dark, run.Site("REMOTE-A").Outcome);
        Assert.Equal(FunctionOutcome.Lost, run.Site("REMOTE-A").Functions.Single(f => f.Function.IsLink).Outcome);
        foreach (var dualHomed in new[] { "REMOTE-B", "REMOTE-C" })
        {
            var site = run.Site(dualHomed);
            Assert.Equal(SiteOutcome.Degraded, site.Outcome);
            var backhaul = site.Functions.Single(f => f.Function.IsLink);
            Assert.Equal(FunctionOutcome.Kept, backhaul.Outcome);
            Assert.All(backhaul.Remaining, r => Assert.True(r.Independent));
        }

        Assert.Equal(SiteOutcome.Unaffected, run.Site("REMOTE-D").Outcome);
        Assert.Equal(["spacex"], run.Overview.CutSuppliers.Select(s => s.Maker.Id));
        Assert.Contains(run.Overview.SuspensionRights, r => r.ProviderId == "spacex" && r.Basis == NetOrigin.Entities.SuspensionBasis.Discretion && r.Sources.Count > 0);
    }

    [Fact]
    public void Cutting_everything_controlled_from_china_lists_every_site_it_reaches_and_no_other()
    {
        var csv = Header
            + "r1,SITE-HW,core,device,Huawei,,\n"
            + "r2,SITE-HW,core,device,Cisco,,\n"
            + "g1,SITE-GW,satellite,service,,China SatNet,satellite\n"
            + "q1,SITE-QF,satellite,service,,Qianfan,satellite\n"
            + "q2,SITE-QF,satellite,service,,Starlink,satellite\n"
            + "c1,SITE-CAM,surveillance,device,HiLook,,\n"
            + "n1,SITE-CLEAN,core,device,Nokia,,\n"
            + "n2,SITE-CLEAN,transport,service,,Lumen,backhaul\n";
        var run = RiskRuns.Exposure(csv, "country:CN");

        Assert.Equal(["SITE-CAM", "SITE-GW", "SITE-HW", "SITE-QF"], run.Sites.Where(s => s.Affected).Select(s => s.Site).Order(StringComparer.Ordinal));
        Assert.Equal(SiteOutcome.Dark, run.Site("SITE-GW").Outcome);
        Assert.Equal(SiteOutcome.Degraded, run.Site("SITE-QF").Outcome);
        Assert.Equal(SiteOutcome.Degraded, run.Site("SITE-HW").Outcome);
        Assert.Equal(SiteOutcome.FunctionLost, run.Site("SITE-CAM").Outcome);
        Assert.Equal(SiteOutcome.Unaffected, run.Site("SITE-CLEAN").Outcome);
    }

    [Fact]
    public void Every_score_is_exactly_the_sum_of_its_terms_and_unknown_weight_is_the_weight_of_its_unknown_terms()
    {
        var csv = Header
            + "r1,CO-1,core,device,Huawei,,\nr2,CO-1,core,device,Nokia,,\nr3,CO-1,,device,,,\nr4,CO-1,cpe,device,Honor,,\n"
            + "s1,CO-1,transport,service,,China Telecom Americas,transit\ns2,CELL-2,satellite,service,,Starlink,satellite\n"
            + "x1,CELL-2,ran,device,Nobody Known Networks,,\nc1,,surveillance,device,Hikvision,,\n";
        var run = RiskRuns.Risk(csv, "us-fcc-covered-list", "eu-5g-toolbox");

        foreach (var score in run.Assets.Select(a => a.Score).Concat(run.Overview.Suppliers.Select(s => s.Score)))
        {
            Assert.Equal(score.Value, score.Terms.Sum(t => t.Contribution ?? 0));
            Assert.Equal(score.UnknownWeight, score.Terms.Where(t => t.Contribution is null).Sum(t => t.Weight));
            Assert.All(score.Terms, t => Assert.Equal(t.Value.IsKnown, t.Contribution is not null));
        }

        foreach (var score in run.Sites.Select(s => s.Score).Append(run.Network.Score))
        {
            Assert.Equal(score.Value, score.Terms.Sum(t => t.Contribution));
            Assert.Equal(score.UnknownWeight, score.Terms.Sum(t => t.UnknownWeight));
        }

        Assert.Equal(RiskModel.TotalWeight, run.Overview.Model.Criteria.Sum(c => c.Weight));
        Assert.Equal(8, run.Network.Score.Assets);
        Assert.True(run.Ended);
    }

    [Fact]
    public void An_asset_nothing_identifies_is_unknown_on_the_supplier_side_never_zero_risk()
    {
        var run = RiskRuns.Risk(Header + "x,CO-1,core,device,,,\n", "us-fcc-covered-list");
        var score = run.Asset("x").Score;

        foreach (var id in new[] { RiskCriteria.StateControl, RiskCriteria.IntelligenceLaw, RiskCriteria.ListingStatus, RiskCriteria.OwnershipOpacity, RiskCriteria.SupplierShare, RiskCriteria.Exposure, RiskCriteria.Deadline })
        {
            var term = Term(score, id);
            Assert.False(term.Value.IsKnown, id);
            Assert.Null(term.Contribution);
        }

        // The whole supplier side (65), exposure (10) and the deadline, which follows from the unknown finding (5).
        Assert.Equal(80m, score.UnknownWeight);
        Assert.Equal(15m, Term(score, RiskCriteria.RoleCriticality).Contribution);
    }

    private static RiskTerm Term(RiskScore score, string criterion) => score.Terms.Single(t => t.Criterion.Id == criterion);
}
