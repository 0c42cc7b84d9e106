using System.Text.Json;
using NetOrigin.Risk;
using NetOrigin.Risk.Exposure;

namespace NetOrigin.Reports.Risk;

/// <summary>
/// Writes a cut-off analysis as one JSON object (docs/risk-output.md): the cut, who it stops and their rights to
/// suspend service, then every site it reaches or cannot rule out, then the totals.
/// </summary>
public sealed class ExposureJsonWriter : IExposureSink, IDisposable
{
    private readonly Utf8JsonWriter _writer;
    private readonly RiskJson _json;

    public ExposureJsonWriter(Stream output)
    {
        _writer = new Utf8JsonWriter(output, RiskJson.Options);
        _json = new RiskJson(_writer);
    }

    public void Begin(ExposureOverview overview)
    {
        var w = _writer;
        _json.Begin("exposure", overview.Context);
        w.WriteStartArray("cut");
        foreach (var cut in overview.Cuts)
        {
            w.WriteStartObject();
            w.WriteString("query", cut.Query);
            w.WriteString("kind", cut.Organisation is null ? "country" : "organisation");
            _json.Organisation("organisation", cut.Organisation);
            if (cut.Country is not null)
            {
                w.WriteString("country", cut.Country);
            }

            if (cut.ResolvedAs is not null)
            {
                w.WriteString("resolved_as", cut.ResolvedAs);
            }

            w.WriteString("description", cut.Description);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        _json.Records(overview.Records);
        w.WriteNumber("identified", overview.Identified);
        w.WriteNumber("cut_assets", overview.CutAssets);
        w.WriteStartArray("cut_suppliers");
        foreach (var supplier in overview.CutSuppliers)
        {
            w.WriteStartObject();
            _json.OrganisationFields(supplier.Maker);
            w.WriteNumber("assets", supplier.Assets);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        _json.SuspensionRights(overview.SuspensionRights);
        w.WriteStartArray("sites");
    }

    public void Site(SiteExposure site)
    {
        if (site.Outcome == SiteOutcome.Unaffected)
        {
            return;
        }

        var w = _writer;
        w.WriteStartObject();
        w.WriteString("site", site.Site);
        w.WriteString("outcome", site.Outcome.Name());
        w.WriteNumber("assets", site.Assets);
        w.WriteStartArray("functions");
        foreach (var function in site.Functions.Where(f => f.Outcome != FunctionOutcome.Unaffected))
        {
            w.WriteStartObject();
            w.WriteString("function", function.Function.Name);
            w.WriteString("layer", function.Function.Layer == FunctionLayer.Service ? "service" : "equipment");
            w.WriteBoolean("link", function.Function.IsLink);
            w.WriteString("outcome", function.Outcome.Name());
            Controllers("cut", function.Cut, independence: false);
            Controllers("remaining", function.Remaining, independence: true);
            w.WriteNumber("unknown", function.Unknown);
            w.WriteStartArray("cut_assets");
            foreach (var id in function.CutAssets)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        if (w.BytesPending > 1 << 16)
        {
            w.Flush();
        }
    }

    public void End(ExposureTotals totals)
    {
        var w = _writer;
        w.WriteEndArray();
        w.WriteStartObject("totals");
        w.WriteStartObject("sites");
        foreach (var (outcome, count) in totals.Sites.OrderByDescending(s => s.Key))
        {
            w.WriteNumber(outcome.Name(), count);
        }

        w.WriteEndObject();
        w.WriteNumber("functions_lost", totals.FunctionsLost);
        w.WriteNumber("unsited_assets", totals.UnsitedAssets);
        w.WriteNumber("unsited_cut_assets", totals.UnsitedCutAssets);
        w.WriteEndObject();
        _json.Sources();
        w.WriteEndObject();
        w.Flush();
    }

    public void Dispose() => _writer.Dispose();

    private void Controllers(string name, IReadOnlyList<ControllerAssets> list, bool independence)
    {
        _writer.WriteStartArray(name);
        foreach (var item in list)
        {
            _writer.WriteStartObject();
            _json.Organisation("controller", item.Controller);
            _writer.WriteString("label", item.Label);
            _writer.WriteNumber("assets", item.Assets);
            if (independence)
            {
                _writer.WriteBoolean("independent", item.Independent);
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
    }
}
