using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetOrigin.Assessment;
using NetOrigin.Entities;
using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;

namespace NetOrigin.Reports;

/// <summary>
/// Writes an assessment as one JSON object, streamed: findings as they come, then the record counts and the
/// summary. Field names are a contract other tools read (docs/assess-output.md).
/// </summary>
public sealed class JsonFindingWriter(Stream output) : IFindingSink, IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Utf8JsonWriter _json = new(output, Options);

    /// <summary>Sources the findings cite, written once at the end; bounded by the reference data, not the input.</summary>
    private readonly HashSet<Source> _cited = [];

    /// <summary>
    /// JSON of steps and owner chains that many findings share, encoded once. Keys are the shared objects
    /// themselves; the caches are bounded by what the evaluator caches, not by the input.
    /// </summary>
    private readonly Dictionary<EvidenceStep, byte[]> _encodedSteps = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ControlChain, byte[]> _encodedChains = new(ReferenceEqualityComparer.Instance);
    private const int MaxEncoded = 200_000;

    public void Begin(AssessmentContext context)
    {
        _json.WriteStartObject();
        _json.WriteString("tool", "netorigin");
        _json.WriteString("input", context.Input);
        _json.WriteString("as_of", Date(context.AsOf));
        if (context.Versions is { } versions)
        {
            ReferenceDataJson.Write(_json, versions);
        }
        _json.WriteStartArray("packs");
        foreach (var pack in context.Packs)
        {
            _json.WriteStartObject();
            _json.WriteString("id", pack.Id);
            _json.WriteString("title", pack.Title);
            _json.WriteString("version", pack.Version);
            _json.WriteString("file", pack.File);
            WriteOptional("summary", pack.Summary);
            _json.WriteStartArray("designations");
            foreach (var designation in pack.Designations)
            {
                _json.WriteStartObject();
                _json.WriteString("id", designation.Id);
                _json.WriteString("listed_as", designation.ListedAs);
                if (designation.Effective is { } effective)
                {
                    _json.WriteString("effective", Date(effective));
                }

                _json.WriteString("covers", designation.Covers.Describe());
                if (designation.Unverified)
                {
                    _json.WriteBoolean("unverified", true);
                }

                WriteSourceIds(designation.Sources);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
            _json.WriteStartArray("obligations");
            foreach (var obligation in pack.Obligations)
            {
                _json.WriteStartObject();
                _json.WriteString("id", obligation.Id);
                _json.WriteString("kind", FieldCatalog.ToSnakeCase(obligation.Kind.ToString()));
                if (obligation.Date is { } date)
                {
                    _json.WriteString("date", Date(date));
                }

                _json.WriteBoolean("binding", obligation.Binding);
                WriteOptional("note", obligation.Note);
                WriteSourceIds(obligation.Sources);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteStartArray("findings");
    }

    public void Write(Finding finding)
    {
        _json.WriteStartObject();
        WriteAsset(finding.Asset);
        _json.WriteString("pack", finding.PackId);
        _json.WriteString("status", finding.Status.Name());
        if (finding.Deadline is { } deadline)
        {
            _json.WriteString("deadline", Date(deadline));
        }
        else
        {
            _json.WriteNull("deadline");
        }

        WriteManufacturer(finding.Attribution);
        WriteOwnerChain(finding.OwnerChain);
        if (finding.DesignationId is not null)
        {
            _json.WriteString("designation", finding.DesignationId);
        }

        if (finding.MissingField is not null)
        {
            _json.WriteString("missing_field", finding.MissingField);
        }

        WriteEvidence(finding.Evidence);
        _json.WriteEndObject();
        if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }
    }

    public void Reject(Rejection rejection)
    {
    }

    public void End(AssessmentSummary summary)
    {
        _json.WriteEndArray();
        _json.WriteStartObject("records");
        _json.WriteNumber("read", summary.Records.Read);
        _json.WriteNumber("accepted", summary.Records.Accepted);
        _json.WriteNumber("rejected", summary.Records.Rejected);
        _json.WriteEndObject();
        _json.WriteStartObject("summary");
        _json.WriteNumber("assets", summary.Records.Accepted);
        _json.WriteNumber("identified", summary.IdentifiedAssets);
        WriteStatusCounts("by_status", summary.ByStatus);
        _json.WriteStartObject("by_pack");
        foreach (var (pack, counts) in summary.ByPack)
        {
            WriteStatusCounts(pack, counts);
        }

        _json.WriteEndObject();
        if (summary.EarliestDeadline is { } earliest)
        {
            _json.WriteString("earliest_deadline", Date(earliest));
        }

        _json.WriteStartObject("unknown_missing_fields");
        foreach (var (field, count) in summary.UnknownReasons.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            _json.WriteNumber(field, count);
        }

        _json.WriteEndObject();
        _json.WriteStartArray("manufacturers");
        foreach (var tally in summary.Manufacturers)
        {
            _json.WriteStartObject();
            _json.WriteString("id", tally.Id);
            _json.WriteString("name", tally.Name);
            _json.WriteNumber("assets", tally.Assets);
            _json.WriteString("worst_status", tally.Worst.Name());
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        WritePackFindings(summary.PackFindings);
        SourcesJson.Write(_json, _cited);
        _json.WriteEndObject();
        _json.Flush();
    }

    private void WriteSourceIds(IReadOnlyList<Source> sources) => WriteSourceIds(_json, sources);

    /// <summary>
    /// Adds sources that findings written elsewhere cite (a store that keeps findings apart from the report), so the
    /// report's <c>sources</c> lists them too.
    /// </summary>
    public void Cite(IEnumerable<Source> sources) => _cited.UnionWith(sources);

    private void WriteSourceIds(Utf8JsonWriter json, IReadOnlyList<Source> sources)
    {
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            json.WriteStringValue(source.Id);
            _cited.Add(source);
        }

        json.WriteEndArray();
    }

    /// <summary>Network-wide verdicts (share caps): added beside the per-asset findings, which keep their shape.</summary>
    private void WritePackFindings(IReadOnlyList<PackFinding> findings)
    {
        _json.WriteStartArray("pack_findings");
        foreach (var finding in findings)
        {
            _json.WriteStartObject();
            _json.WriteString("pack", finding.PackId);
            _json.WriteString("obligation", finding.ObligationId);
            _json.WriteString("status", finding.Status.Name());
            _json.WriteNumber("share_percent", finding.SharePercent);
            _json.WriteNumber("cap_percent", finding.CapPercent);
            _json.WriteNumber("covered", finding.Covered);
            _json.WriteNumber("in_scope", finding.InScope);
            _json.WriteNumber("undecided", finding.Undecided);
            if (finding.Deadline is { } deadline)
            {
                _json.WriteString("deadline", Date(deadline));
            }
            else
            {
                _json.WriteNull("deadline");
            }

            WriteEvidence(finding.Evidence);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private void WriteEvidence(IReadOnlyList<EvidenceStep> evidence)
    {
        _json.WriteStartArray("evidence");
        foreach (var step in evidence)
        {
            if (step.Shared)
            {
                _json.WriteRawValue(Encoded(_encodedSteps, step, WriteStep), skipInputValidation: true);
                continue;
            }

            WriteStep(_json, step);
        }

        _json.WriteEndArray();
    }

    /// <summary>The encoded JSON of a shared object, made once with <paramref name="write"/>.</summary>
    private byte[] Encoded<T>(Dictionary<T, byte[]> cache, T item, Action<Utf8JsonWriter, T> write)
        where T : notnull
    {
        if (cache.TryGetValue(item, out var bytes))
        {
            return bytes;
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer, item);
        }

        bytes = buffer.WrittenSpan.ToArray();
        if (cache.Count < MaxEncoded)
        {
            cache[item] = bytes;
        }

        return bytes;
    }

    private void WriteStep(Utf8JsonWriter json, EvidenceStep step)
    {
        if (step.Sources is { Count: > 0 } sources)
        {
            _cited.UnionWith(sources);
        }

        EvidenceJson.Write(json, step);
    }

    private void WriteStatusCounts(string name, IReadOnlyList<long> counts)
    {
        _json.WriteStartObject(name);
        foreach (var status in Enum.GetValues<FindingStatus>().Reverse())
        {
            _json.WriteNumber(status.Name(), counts[(int)status]);
        }

        _json.WriteEndObject();
    }

    private void WriteAsset(Asset asset)
    {
        _json.WriteStartObject("asset");
        _json.WriteString("id", asset.Id);
        WriteOptional("name", asset.Name);
        WriteOptional("site", asset.Site);
        _json.WriteString("file", asset.Source.File);
        _json.WriteNumber("line", asset.Source.Line);
        WriteOptional("locator", asset.Source.Locator);
        if (asset.Origins.Count > 0 || asset.Identifiers.Any(i => i.Origin is not null))
        {
            // Where each value was read, for sources that know more than a line (docs/connectors.md).
            _json.WriteStartArray("origins");
            foreach (var origin in asset.Origins)
            {
                _json.WriteStartObject();
                _json.WriteString("field", FieldCatalog.NameOf(origin.Field));
                _json.WriteString("origin", origin.Origin);
                _json.WriteEndObject();
            }

            foreach (var (field, identifier) in AssetValues.Identifiers(asset))
            {
                if (identifier.Origin is { } where && !asset.Origins.Contains(new FieldOrigin(field, where)))
                {
                    _json.WriteStartObject();
                    _json.WriteString("field", FieldCatalog.NameOf(field));
                    _json.WriteString("value", identifier.Value);
                    _json.WriteString("origin", where);
                    _json.WriteEndObject();
                }
            }

            _json.WriteEndArray();
        }

        _json.WriteEndObject();
    }

    private void WriteManufacturer(Attribution identification) => FindingJson.WriteManufacturer(_json, identification);

    private void WriteOwnerChain(ControlChain? chain)
    {
        _json.WritePropertyName("owner_chain");
        if (chain is null)
        {
            _json.WriteStartArray();
            _json.WriteEndArray();
            return;
        }

        // Chains are shared by every asset of a maker within an ownership epoch: encode each once.
        _json.WriteRawValue(Encoded(_encodedChains, chain, WriteChainLinks), skipInputValidation: true);
    }

    private void WriteChainLinks(Utf8JsonWriter json, ControlChain chain) => FindingJson.WriteOwnerChain(json, chain, _cited);

    private void WriteOptional(string name, string? value)
    {
        if (value is not null)
        {
            _json.WriteString(name, value);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose() => _json.Dispose();
}
