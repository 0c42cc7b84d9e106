namespace NetOrigin.Risk.Exposure;

/// <summary>
/// Turns what a <see cref="RiskCollector"/> gathered under a cut-off into the exposure report: per site and
/// function, what is cut, what remains and whether what remains is independent of what was cut (redundancy is
/// independence of ultimate controllers).
/// </summary>
internal sealed class ExposureReport(RiskCollector run)
{
    public void Write(IExposureSink sink)
    {
        var rights = run.CutMakers.Select(m => m.Maker.Id)
            .Concat(run.Cuts.Select(c => c.Organisation?.Id).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .SelectMany(run.Graph.SuspensionRightsOf)
            .Where(r => r.HoldsOn(run.AsOf))
            .ToList();
        sink.Begin(new ExposureOverview(
            run.Context,
            run.Cuts,
            run.Summary.Records,
            run.Identified,
            run.CutAssets,
            [.. run.CutMakers.OrderByDescending(m => m.Assets).ThenBy(m => m.Maker.Id, StringComparer.Ordinal)],
            rights));

        var sites = Enum.GetValues<SiteOutcome>().ToDictionary(o => o, _ => 0L);
        long lost = 0, unsited = 0, unsitedCut = 0;
        for (var partition = 0; partition < SitePartitions.Count; partition++)
        {
            var tallies = new Dictionary<string, SiteTally>(StringComparer.Ordinal);
            foreach (var record in run.Partitions.Read(partition))
            {
                var profile = run.Profiles[record.Profile];
                if (record.Site is not { } site)
                {
                    unsited++;
                    unsitedCut += profile.Cut == CutState.Cut ? 1 : 0;
                    continue;
                }

                if (!tallies.TryGetValue(site, out var tally))
                {
                    tallies[site] = tally = new SiteTally(site);
                }

                tally.Add(record, profile);
            }

            foreach (var tally in tallies.Values)
            {
                var exposure = SiteOf(tally);
                sites[exposure.Outcome]++;
                lost += exposure.Functions.Count(f => f.Outcome == FunctionOutcome.Lost);
                sink.Site(exposure);
            }
        }

        sink.End(new ExposureTotals(sites, lost, unsited, unsitedCut));
    }

    private SiteExposure SiteOf(SiteTally tally)
    {
        var functions = tally.Functions
            .Select(f => FunctionOf(f.Key, f.Value))
            .OrderBy(f => f.Function.Layer)
            .ThenBy(f => f.Function.Name, StringComparer.Ordinal)
            .ToList();
        var links = functions.Where(f => f.Function.IsLink).ToList();
        var outcome = links.Count > 0 && links.All(f => f.Outcome == FunctionOutcome.Lost) ? SiteOutcome.Dark
            : functions.Any(f => f.Outcome == FunctionOutcome.Lost) ? SiteOutcome.FunctionLost
            : functions.Any(f => f.Outcome == FunctionOutcome.KeptNotIndependent) ? SiteOutcome.NoIndependentAlternative
            : functions.Any(f => f.Outcome == FunctionOutcome.Unknown) ? SiteOutcome.Unknown
            : functions.Any(f => f.Outcome == FunctionOutcome.Kept) ? SiteOutcome.Degraded
            : SiteOutcome.Unaffected;
        return new SiteExposure(tally.Site!, outcome, tally.Assets, functions);
    }

    private FunctionExposure FunctionOf(AssetFunction function, FunctionTally tally)
    {
        var cutControllers = tally.Controllers.Where(c => c.Value.Cut > 0).Select(c => c.Key).ToHashSet();
        var cut = tally.Controllers.Where(c => c.Value.Cut > 0)
            .Select(c => new ControllerAssets(run.Controllers[c.Key].Controller, run.Controllers[c.Key].Label, c.Value.Cut, false))
            .OrderByDescending(c => c.Assets).ThenBy(c => c.Controller.Id, StringComparer.Ordinal)
            .ToList();
        var remaining = tally.Controllers.Where(c => c.Value.Assets - c.Value.Cut - c.Value.ReachUnknown > 0)
            .Select(c => new ControllerAssets(run.Controllers[c.Key].Controller, run.Controllers[c.Key].Label, c.Value.Assets - c.Value.Cut - c.Value.ReachUnknown, !cutControllers.Contains(c.Key)))
            .OrderByDescending(c => c.Assets).ThenBy(c => c.Controller.Id, StringComparer.Ordinal)
            .ToList();
        var unknown = tally.Unknown + tally.Controllers.Values.Sum(c => c.ReachUnknown);
        var cutCount = cut.Sum(c => c.Assets);
        var independent = remaining.Where(r => r.Independent).Sum(r => r.Assets);
        var dependent = remaining.Where(r => !r.Independent).Sum(r => r.Assets);
        var outcome = cutCount == 0
            ? independent > 0 || unknown == 0 ? FunctionOutcome.Unaffected : FunctionOutcome.Unknown
            : independent > 0 ? FunctionOutcome.Kept
            : dependent > 0 ? FunctionOutcome.KeptNotIndependent
            : unknown > 0 ? FunctionOutcome.Unknown
            : FunctionOutcome.Lost;
        return new FunctionExposure(function, outcome, cut, remaining, unknown, tally.CutAssets);
    }
}
