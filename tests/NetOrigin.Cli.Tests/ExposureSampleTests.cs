using System.Text.Json;

namespace NetOrigin.Cli.Tests;

/// <summary>
/// `netorigin exposure` on the bundled sample: which remote sites go dark is worked out here from the sample
/// generator's ground truth (who really provides each link), not from the engine under test.
/// </summary>
public class ExposureSampleTests
{
    private const string AsOf = "2026-06-30";
    private static readonly string Sample = Path.Combine(NetOriginProcess.RepositoryRoot, "samples", "regional-carrier.csv");
    private static readonly string Truth = Path.Combine(NetOriginProcess.RepositoryRoot, "samples", "regional-carrier.truth.tsv");

    [Fact]
    public void Cutting_starlink_darkens_exactly_the_remote_sites_whose_every_link_is_starlink()
    {
        var links = LinkProviders();
        var report = Exposure("Starlink");
        var sites = report.GetProperty("sites").EnumerateArray().ToDictionary(s => s.GetProperty("site").GetString()!);

        var singleHomed = links.Where(l => l.Value.All(g => g == "spacex")).Select(l => l.Key).Order(StringComparer.Ordinal).ToList();
        var dualHomed = links.Where(l => l.Value.Contains("spacex") && l.Value.Any(g => g != "spacex")).Select(l => l.Key).ToList();
        Assert.NotEmpty(singleHomed);
        Assert.NotEmpty(dualHomed);
        Assert.Equal(singleHomed, sites.Where(s => s.Value.GetProperty("outcome").GetString() == "dark").Select(s => s.Key).Order(StringComparer.Ordinal));
        foreach (var site in dualHomed)
        {
            var backhaul = sites[site].GetProperty("functions").EnumerateArray().Single(f => f.GetProperty("function").GetString() == "backhaul");
            Assert.Equal("kept", backhaul.GetProperty("outcome").GetString());
        }

        Assert.Contains(report.GetProperty("suspension_rights").EnumerateArray(), r => r.GetProperty("provider").GetString() == "spacex");
    }

    [Fact]
    public void Cutting_eutelsat_darkens_the_sites_on_its_two_brands_and_nothing_else_goes_dark()
    {
        // OneWeb belongs to Eutelsat: a site on OneWeb and Eutelsat's own GEO service has one dependency.
        var links = LinkProviders();
        var report = Exposure("Eutelsat");
        var eutelsat = new HashSet<string>(["oneweb", "eutelsat"], StringComparer.Ordinal);
        var expected = links.Where(l => l.Value.All(eutelsat.Contains)).Select(l => l.Key).Order(StringComparer.Ordinal).ToList();

        Assert.Contains(expected, site => links[site].Distinct().Count() == 2);
        Assert.Equal(expected, report.GetProperty("sites").EnumerateArray()
            .Where(s => s.GetProperty("outcome").GetString() == "dark").Select(s => s.GetProperty("site").GetString()!).Order(StringComparer.Ordinal));
    }

    private static JsonElement Exposure(string cut)
    {
        var output = NetOriginProcess.TempFile($"exposure-{cut}.json");
        var run = NetOriginProcess.Run("exposure", Sample, "--cut", cut, "--as-of", AsOf, "--format", "json", "--out", output);
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(File.ReadAllText(output)).RootElement.Clone();
    }

    /// <summary>Per site, the true provider group of each accepted link service (transit, backhaul, satellite).</summary>
    private static Dictionary<string, List<string>> LinkProviders()
    {
        var truth = SampleTruthRow.Load(Truth).ToDictionary(t => t.Line);
        var links = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var line = 1L;
        foreach (var row in File.ReadLines(Sample).Skip(1))
        {
            line++;
            var cells = row.Split(',');
            if (truth[line].ExpectedFccStatus == "rejected" || cells.Length < 18 || cells[2] != "service" || cells[17] is not ("transit" or "backhaul" or "satellite"))
            {
                continue;
            }

            (links.TryGetValue(cells[5], out var list) ? list : links[cells[5]] = []).Add(truth[line].MakerGroup);
        }

        return links;
    }
}
