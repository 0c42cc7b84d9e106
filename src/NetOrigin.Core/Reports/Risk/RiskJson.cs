using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetOrigin.Entities;
using NetOrigin.ReferenceData;
using NetOrigin.Risk;

namespace NetOrigin.Reports.Risk;

/// <summary>
/// The JSON shapes risk and exposure reports share (docs/risk-output.md): organisations, scores with their terms,
/// concentration, facts and source ids. Sources a report cites are collected and written once at its end.
/// </summary>
internal sealed class RiskJson(Utf8JsonWriter json)
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly HashSet<Source> _cited = [];

    public Utf8JsonWriter Writer => json;

    /// <summary>Opens the report's object with what every report starts with: the tool, report, input, date and data.</summary>
    public void Begin(string report, Assessment.AssessmentContext context)
    {
        json.WriteStartObject();
        json.WriteString("tool", "netorigin");
        json.WriteString("report", report);
        json.WriteString("input", context.Input);
        json.WriteString("as_of", Day(context.AsOf));
        if (context.Versions is { } versions)
        {
            ReferenceDataJson.Write(json, versions);
        }
    }

    public void Number(string name, decimal value) => json.WriteNumber(name, RiskNumbers.Normalise(value));

    public void Organisation(string name, Organisation? organisation)
    {
        if (organisation is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        OrganisationFields(organisation);
        json.WriteEndObject();
    }

    public void OrganisationFields(Organisation organisation)
    {
        json.WriteString("id", organisation.Id);
        json.WriteString("name", organisation.DisplayName);
        if ((organisation.Country ?? organisation.State) is { } country)
        {
            json.WriteString("country", country);
        }

        if (!organisation.Listed)
        {
            json.WriteBoolean("listed", false);
        }
    }

    public void Score(string name, RiskScore score)
    {
        json.WritePropertyName(name);
        ScoreValue(score);
    }

    /// <summary>A score as a value of its own (an array item, or a root for encoding once).</summary>
    public void ScoreValue(RiskScore score)
    {
        json.WriteStartObject();
        Number("value", score.Value);
        Number("unknown_weight", score.UnknownWeight);
        Number("upper", score.Upper);
        json.WriteStartArray("terms");
        foreach (var term in score.Terms)
        {
            json.WriteStartObject();
            json.WriteString("criterion", term.Criterion.Id);
            Number("weight", term.Weight);
            json.WriteBoolean("known", term.Value.IsKnown);
            if (term.Value.Level is { } level)
            {
                json.WriteString("level", level);
            }

            if (term.Value.Number is { } number)
            {
                Number("number", number);
            }

            if (term.Factor is { } factor)
            {
                Number("factor", factor);
                Number("contribution", term.Contribution!.Value);
            }
            else
            {
                json.WriteNull("factor");
                json.WriteNull("contribution");
            }

            json.WriteString("text", term.Value.Text);
            Facts(term.Value.Facts);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public void Aggregate(string name, AggregateScore score)
    {
        json.WriteStartObject(name);
        json.WriteNumber("assets", score.Assets);
        Number("value", score.Value);
        Number("unknown_weight", score.UnknownWeight);
        Number("upper", score.Upper);
        json.WriteStartArray("terms");
        foreach (var term in score.Terms)
        {
            json.WriteStartObject();
            json.WriteString("criterion", term.Criterion.Id);
            Number("weight", term.Weight);
            Number("contribution", term.Contribution);
            if (term.MeanFactor is { } factor)
            {
                Number("mean_factor", factor);
            }
            else
            {
                json.WriteNull("mean_factor");
            }

            json.WriteNumber("known", term.Known);
            json.WriteNumber("unknown", term.Unknown);
            Number("unknown_weight", term.UnknownWeight);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public void Concentration(string name, Concentration concentration)
    {
        json.WriteStartObject(name);
        ConcentrationFields(concentration);
        json.WriteEndObject();
    }

    public void ConcentrationFields(Concentration concentration)
    {
        json.WriteNumber("assets", concentration.Assets);
        json.WriteNumber("unattributed", concentration.Unattributed);
        Number("hhi", concentration.Hhi);
        json.WriteBoolean("single_source", concentration.SingleSource);
        json.WriteStartArray("shares");
        foreach (var share in concentration.Shares)
        {
            json.WriteStartObject();
            Organisation("controller", share.Controller);
            json.WriteString("label", share.Label);
            json.WriteNumber("assets", share.Assets);
            Number("percent", share.Percent);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public void SuspensionRights(IReadOnlyList<SuspensionRight> rights)
    {
        json.WriteStartArray("suspension_rights");
        foreach (var right in rights)
        {
            json.WriteStartObject();
            json.WriteString("provider", right.ProviderId);
            json.WriteString("basis", right.Basis.Name());
            json.WriteString("summary", right.Summary);
            if (right.From is { } from)
            {
                json.WriteString("from", Day(from));
            }

            if (right.Unverified)
            {
                json.WriteBoolean("unverified", true);
            }

            SourceIds(right.Sources);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public void SourceIds(IReadOnlyList<Source> sources)
    {
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            json.WriteStringValue(source.Id);
            _cited.Add(source);
        }

        json.WriteEndArray();
    }

    public void Records(Inventory.RecordCounts records)
    {
        json.WriteStartObject("records");
        json.WriteNumber("read", records.Read);
        json.WriteNumber("accepted", records.Accepted);
        json.WriteNumber("rejected", records.Rejected);
        json.WriteEndObject();
    }

    public void Sources() => SourcesJson.Write(json, _cited);

    public void Cite(IEnumerable<Source> sources) => _cited.UnionWith(sources);

    public IReadOnlyCollection<Source> Cited => _cited;

    private void Facts(RiskFacts facts)
    {
        json.WriteStartObject("facts");
        Strings("organisations", facts.Organisations);
        Strings("edges", facts.Edges);
        Strings("countries", facts.Countries);
        Strings("laws", facts.Laws);
        Optional("field", facts.Field);
        Optional("pack", facts.Pack);
        Optional("designation", facts.Designation);
        Optional("obligation", facts.Obligation);
        Optional("status", facts.Status);
        if (facts.Deadline is { } deadline)
        {
            json.WriteString("deadline", Day(deadline));
        }

        if (facts.Count is { } count)
        {
            json.WriteNumber("count", count);
        }

        if (facts.Of is { } of)
        {
            json.WriteNumber("of", of);
        }

        json.WriteEndObject();
        SourceIds(facts.Sources);
    }

    private void Strings(string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private void Optional(string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
