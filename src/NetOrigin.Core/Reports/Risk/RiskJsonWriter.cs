using System.Text.Json;
using NetOrigin.Risk;

namespace NetOrigin.Reports.Risk;

/// <summary>
/// Writes a risk analysis as one JSON object, streamed (docs/risk-output.md): the model, suppliers and
/// concentration, then every site, the network, every asset, and the sources cited.
/// </summary>
public sealed class RiskJsonWriter : IRiskSink, IDisposable
{
    private const int MaxEncodedScores = 100_000;
    private readonly Utf8JsonWriter _writer;
    private readonly RiskJson _json;

    /// <summary>Scores are shared by every asset of a profile: each is encoded once and its bytes reused.</summary>
    private readonly Dictionary<RiskScore, byte[]> _encoded = new(ReferenceEqualityComparer.Instance);

    public RiskJsonWriter(Stream output)
    {
        _writer = new Utf8JsonWriter(output, RiskJson.Options);
        _json = new RiskJson(_writer);
    }

    public void Begin(RiskOverview overview)
    {
        var w = _writer;
        _json.Begin("risk", overview.Context);
        WriteModel(overview.Model);
        w.WriteString("intelligence_law_data", overview.IntelligenceLawData);
        w.WriteStartArray("packs");
        foreach (var pack in overview.Context.Packs)
        {
            w.WriteStartObject();
            w.WriteString("id", pack.Id);
            w.WriteString("title", pack.Title);
            w.WriteString("version", pack.Version);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        _json.Records(overview.Records);
        w.WriteNumber("identified", overview.Identified);
        w.WriteStartArray("suppliers");
        foreach (var supplier in overview.Suppliers)
        {
            w.WriteStartObject();
            _json.Organisation("controller", supplier.Controller);
            w.WriteString("label", supplier.Label);
            w.WriteStartArray("makers");
            foreach (var maker in supplier.Makers)
            {
                w.WriteStartObject();
                _json.OrganisationFields(maker.Maker);
                w.WriteNumber("assets", maker.Assets);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("assets", supplier.Assets);
            _json.Number("share_percent", supplier.SharePercent);
            _json.Score("score", supplier.Score);
            _json.SuspensionRights(supplier.SuspensionRights);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("concentration");
        Concentrations("roles", overview.Roles);
        Concentrations("technologies", overview.Technologies);
        Concentrations("service_types", overview.ServiceTypes);
        w.WriteEndObject();
        w.WriteStartArray("single_source_roles");
        foreach (var role in overview.SingleSourceRoles)
        {
            w.WriteStringValue(role.Key);
        }

        w.WriteEndArray();
        w.WriteStartArray("sites");
    }

    public void Site(SiteRisk site)
    {
        var w = _writer;
        w.WriteStartObject();
        w.WriteString("site", site.Site);
        w.WriteNumber("assets", site.Score.Assets);
        _json.Aggregate("score", site.Score);
        _json.Number("max_asset_score", site.MaxAssetScore);
        if (site.SingleHomed is { } singleHomed)
        {
            w.WriteBoolean("single_homed", singleHomed);
        }
        else
        {
            w.WriteNull("single_homed");
        }

        _json.Concentration("suppliers", site.Suppliers);
        w.WriteStartArray("functions");
        foreach (var function in site.Functions)
        {
            w.WriteStartObject();
            w.WriteString("function", function.Function.Name);
            w.WriteString("layer", function.Function.Layer == FunctionLayer.Service ? "service" : "equipment");
            _json.ConcentrationFields(function.Suppliers);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        Flush();
    }

    public void Network(NetworkRisk network)
    {
        var w = _writer;
        w.WriteEndArray();
        w.WriteStartObject("network");
        w.WriteNumber("assets", network.Score.Assets);
        _json.Aggregate("score", network.Score);
        w.WriteNumber("sites", network.Sites);
        w.WriteNumber("unsited_assets", network.UnsitedAssets);
        w.WriteNumber("single_source_sites", network.SingleSourceSites);
        w.WriteNumber("single_homed_sites", network.SingleHomedSites);
        w.WriteStartArray("top_sites");
        foreach (var site in network.TopSites)
        {
            w.WriteStringValue(site.Site);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("assets");
    }

    public void Asset(AssetRisk asset)
    {
        var w = _writer;
        w.WriteStartObject();
        w.WriteStartObject("asset");
        w.WriteString("id", asset.Id);
        if (asset.Name is not null)
        {
            w.WriteString("name", asset.Name);
        }

        if (asset.Site is not null)
        {
            w.WriteString("site", asset.Site);
        }

        w.WriteString("file", asset.File);
        w.WriteNumber("line", asset.Line);
        w.WriteEndObject();
        _json.Organisation("maker", asset.Maker);
        _json.Organisation("controller", asset.Controller);
        w.WriteString("function", asset.Function.Name);
        w.WritePropertyName("score");
        w.WriteRawValue(Encoded(asset.Score), skipInputValidation: true);
        w.WriteEndObject();
        Flush();
    }

    public void End()
    {
        _writer.WriteEndArray();
        _json.Sources();
        _writer.WriteEndObject();
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();

    private void WriteModel(RiskModel model)
    {
        var w = _writer;
        w.WriteStartObject("model");
        w.WriteString("id", model.Id);
        w.WriteString("title", model.Title);
        w.WriteString("version", model.Version);
        w.WriteString("file", model.File);
        _json.Number("total_weight", RiskModel.TotalWeight);
        w.WriteStartArray("criteria");
        foreach (var criterion in model.Criteria)
        {
            w.WriteStartObject();
            w.WriteString("id", criterion.Id);
            w.WriteString("side", criterion.Definition.Side == RiskSide.Supplier ? "supplier" : "asset");
            w.WriteString("title", criterion.Definition.Title);
            _json.Number("weight", criterion.Weight);
            if (criterion.Levels.Count > 0)
            {
                w.WriteStartObject("levels");
                foreach (var level in criterion.Definition.Levels)
                {
                    _json.Number(level, criterion.Levels[level]);
                }

                w.WriteEndObject();
            }

            if (criterion.Bands.Count > 0)
            {
                w.WriteString("band_unit", criterion.Definition.BandUnit);
                w.WriteStartArray("bands");
                foreach (var band in criterion.Bands)
                {
                    w.WriteStartObject();
                    if (band.UpTo is { } upTo)
                    {
                        _json.Number("up_to", upTo);
                    }

                    _json.Number("factor", band.Factor);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (criterion.Unverified)
            {
                w.WriteBoolean("unverified", true);
            }

            _json.SourceIds(criterion.Sources);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        _json.SourceIds(model.Sources);
        w.WriteEndObject();
    }

    private void Concentrations(string name, IReadOnlyList<Concentration> list)
    {
        _writer.WriteStartArray(name);
        foreach (var concentration in list)
        {
            _writer.WriteStartObject();
            _writer.WriteString("key", concentration.Key);
            _json.ConcentrationFields(concentration);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
    }

    private byte[] Encoded(RiskScore score)
    {
        if (_encoded.TryGetValue(score, out var bytes))
        {
            return bytes;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, RiskJson.Options))
        {
            var json = new RiskJson(writer);
            json.ScoreValue(score);
            _json.Cite(json.Cited);
        }

        bytes = buffer.ToArray();
        if (_encoded.Count < MaxEncodedScores)
        {
            _encoded[score] = bytes;
        }

        return bytes;
    }

    private void Flush()
    {
        if (_writer.BytesPending > 1 << 16)
        {
            _writer.Flush();
        }
    }
}
