using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace NetOrigin.Cli.Tests;

/// <summary>`netorigin risk` and `netorigin exposure` run as real processes on the bundled sample.</summary>
public class RiskCommandTests
{
    private const string AsOf = "2026-06-30";
    private static readonly string Sample = Path.Combine(NetOriginProcess.RepositoryRoot, "samples", "regional-carrier.csv");
    private static readonly Lazy<(JsonDocument Report, NetOriginProcess.Result Run, string Pictures)> Analysed = new(() =>
    {
        var output = NetOriginProcess.TempFile("risk.json");
        var pictures = Path.Combine(Scratch.Directory(), "svg");
        var run = NetOriginProcess.Run("risk", Sample, "--as-of", AsOf, "--format", "json", "--out", output, "--svg", pictures);
        return (JsonDocument.Parse(File.ReadAllText(output)), run, pictures);
    });

    private static JsonElement Report => Analysed.Value.Report.RootElement;

    [Fact]
    public void The_json_report_explains_every_asset_score_as_terms_that_add_up_to_it()
    {
        Assert.Equal(0, Analysed.Value.Run.ExitCode);
        foreach (var field in new[] { "model", "packs", "records", "suppliers", "concentration", "single_source_roles", "sites", "network", "assets", "sources" })
        {
            Assert.True(Report.TryGetProperty(field, out _), $"missing '{field}'");
        }

        var assets = Report.GetProperty("assets").EnumerateArray().ToList();
        Assert.Equal(Report.GetProperty("records").GetProperty("accepted").GetInt64(), assets.Count);
        var sources = Report.GetProperty("sources");
        foreach (var asset in assets)
        {
            var score = asset.GetProperty("score");
            var terms = score.GetProperty("terms").EnumerateArray().ToList();
            Assert.Equal(score.GetProperty("value").GetDecimal(), terms.Where(t => t.GetProperty("known").GetBoolean()).Sum(t => t.GetProperty("contribution").GetDecimal()));
            Assert.Equal(score.GetProperty("unknown_weight").GetDecimal(), terms.Where(t => !t.GetProperty("known").GetBoolean()).Sum(t => t.GetProperty("weight").GetDecimal()));
            Assert.All(terms.SelectMany(t => t.GetProperty("sources").EnumerateArray()), id => Assert.True(sources.TryGetProperty(id.GetString()!, out _)));
        }

        var huawei = assets.First(a => a.GetProperty("maker").ValueKind == JsonValueKind.Object && a.GetProperty("maker").GetProperty("id").GetString() == "huawei-technologies");
        var listing = huawei.GetProperty("score").GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("criterion").GetString() == "listing-status");
        Assert.Equal("violation", listing.GetProperty("level").GetString());
        Assert.Equal("us-fcc-covered-list", listing.GetProperty("facts").GetProperty("pack").GetString());
        Assert.Equal("1.0.0", Report.GetProperty("model").GetProperty("version").GetString());
    }

    [Fact]
    public void The_supplier_share_bars_are_well_formed_svg_holding_the_json_shares_per_role()
    {
        var svg = Load(RiskPicturesFile("supplier-shares.svg"));
        var segments = svg.Descendants().Where(e => e.Name.LocalName == "rect" && e.Attribute("data-role") is not null)
            .ToDictionary(e => (e.Attribute("data-role")!.Value, e.Attribute("data-controller")!.Value), e => e.Attribute("data-percent")!.Value);
        var expected = Report.GetProperty("concentration").GetProperty("roles").EnumerateArray()
            .SelectMany(r => r.GetProperty("shares").EnumerateArray().Select(s => (Key: (r.GetProperty("key").GetString()!, s.GetProperty("controller").GetProperty("id").GetString()!), Percent: s.GetProperty("percent").GetRawText())))
            .ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, segments.Count);
        Assert.All(expected, e => Assert.Equal(e.Percent, segments[e.Key]));
    }

    [Fact]
    public void The_site_heat_map_is_well_formed_svg_holding_each_top_sites_terms_from_the_json()
    {
        var svg = Load(RiskPicturesFile("site-risk.svg"));
        var cells = svg.Descendants().Where(e => e.Name.LocalName == "rect" && e.Attribute("data-site") is not null)
            .ToDictionary(e => (e.Attribute("data-site")!.Value, e.Attribute("data-criterion")!.Value), e => e.Attribute("data-contribution")!.Value);
        var sites = Report.GetProperty("sites").EnumerateArray().ToDictionary(s => s.GetProperty("site").GetString()!);
        var top = Report.GetProperty("network").GetProperty("top_sites").EnumerateArray().Select(s => s.GetString()!).ToList();

        Assert.NotEmpty(top);
        Assert.Equal(top.Count * Report.GetProperty("model").GetProperty("criteria").GetArrayLength(), cells.Count);
        foreach (var site in top)
        {
            foreach (var term in sites[site].GetProperty("score").GetProperty("terms").EnumerateArray())
            {
                Assert.Equal(term.GetProperty("contribution").GetRawText(), cells[(site, term.GetProperty("criterion").GetString()!)]);
            }
        }
    }

    [Fact]
    public void A_model_with_an_unknown_criterion_is_refused_with_its_file_and_line()
    {
        var model = NetOriginProcess.TempFile("my-model.yaml", "id: m\ntitle: M\nversion: \"1\"\nsources: [eu-5g-toolbox-2020]\ncriteria:\n  - id: vendor-mood\n    weight: 100\n    sources: [eu-5g-toolbox-2020]\n");
        var run = NetOriginProcess.Run("risk", Sample, "--model", model);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("my-model.yaml:6: unknown criterion 'vendor-mood'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_that_matches_no_organisation_says_so_and_lists_the_nearest_names()
    {
        var run = NetOriginProcess.Run("exposure", Sample, "--cut", "Starlnk");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no organisation is known by 'Starlnk'", run.Error, StringComparison.Ordinal);
        Assert.Contains("nearest names: Starlink (spacex)", run.Error, StringComparison.Ordinal);
    }

    private static string RiskPicturesFile(string name)
    {
        Assert.Equal(0, Analysed.Value.Run.ExitCode);
        return Path.Combine(Analysed.Value.Pictures, name);
    }

    /// <summary>Parses as XML with DTDs refused: a picture that is not well-formed fails here.</summary>
    private static XDocument Load(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var document = XDocument.Load(reader);
        Assert.Equal("svg", document.Root!.Name.LocalName);
        return document;
    }
}
