using System.Buffers;
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
/// summary. Field names are a contract other tools read (docs/assess-output.md). <see cref="EvidenceShape.Inline"/>
/// writes every finding self-contained; <see cref="EvidenceShape.Referenced"/> groups the findings of each asset under
/// it and lists each distinct shared evidence step and owner chain once, by id, at the end.
/// </summary>
public sealed class JsonFindingWriter(Stream output, EvidenceShape shape = EvidenceShape.Inline) : IFindingSink, IDisposable
{
    private const int MaxReused = 200_000;

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
    /// Steps and owner chains that many findings share, encoded once (and, referenced, listed once by id); bounded by
    /// what the evaluator caches, not by the input.
    /// </summary>
    private EncodedTable<EvidenceStep>? _steps;
    private EncodedTable<ControlChain>? _chains;

    /// <summary>An asset's own steps that many assets hold as one object (<see cref="EvidenceStep.Reused"/>), encoded once; bounded.</summary>
    private readonly Dictionary<EvidenceStep, byte[]> _reused = new(ReferenceEqualityComparer.Instance);
    private readonly ArrayBufferWriter<byte> _reusedBuffer = new(512);

    /// <summary>The asset whose findings are being written (referenced shape: they share one entry of "assets").</summary>
    private Asset? _current;

    private static readonly JsonEncodedText[] StatusValues = [.. Enum.GetValues<FindingStatus>().Select(s => JsonEncodedText.Encode(s.Name()))];

    public void Begin(AssessmentContext context)
    {
        _steps = new EncodedTable<EvidenceStep>("s", Options, WriteStep);
        _chains = new EncodedTable<ControlChain>("c", Options, WriteChainLinks);
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
        _json.WriteString("evidence_shape", shape == EvidenceShape.Referenced ? "referenced" : "inline");
        _json.WriteStartArray(shape == EvidenceShape.Referenced ? "assets" : "findings");
    }

    public void Write(Finding finding)
    {
        if (shape == EvidenceShape.Referenced)
        {
            WriteUnderAsset(finding);
        }
        else
        {
            WriteInline(finding);
        }

        if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }
    }

    private void WriteInline(Finding finding)
    {
        _json.WriteStartObject();
        WriteAsset(finding.Asset);
        WriteVerdict(finding);
        WriteManufacturer(finding.Attribution);
        WriteOwnerChain(finding.OwnerChain);
        WriteDesignation(finding);
        WriteEvidence(finding.Evidence, 0, finding.Evidence.Count);
        _json.WriteEndObject();
    }

    /// <summary>
    /// The referenced shape: an asset's entry (the asset, its maker, owner chain and the evidence every pack shares)
    /// opens with its first finding; each finding then adds only what its pack decided.
    /// </summary>
    private void WriteUnderAsset(Finding finding)
    {
        if (!ReferenceEquals(finding.Asset, _current))
        {
            CloseAsset();
            _current = finding.Asset;
            _json.WriteStartObject();
            WriteAsset(finding.Asset);
            WriteManufacturer(finding.Attribution);
            _json.WritePropertyName(JsonNames.OwnerChain);
            if (finding.OwnerChain is { } chain && _chains!.Find(chain) is { } entry)
            {
                _json.WriteRawValue(entry.Reference, skipInputValidation: true);
            }
            else if (finding.OwnerChain is { } unlisted)
            {
                _json.WriteRawValue(_chains!.Json(unlisted), skipInputValidation: true);
            }
            else
            {
                _json.WriteNullValue();
            }

            WriteEvidence(finding.Evidence, 0, finding.AssetSteps);
            _json.WriteStartArray(JsonNames.Findings);
        }

        _json.WriteStartObject();
        WriteVerdict(finding);
        WriteDesignation(finding);
        WriteEvidence(finding.Evidence, finding.AssetSteps, finding.Evidence.Count);
        _json.WriteEndObject();
    }

    private void CloseAsset()
    {
        if (_current is not null)
        {
            _json.WriteEndArray();
            _json.WriteEndObject();
            _current = null;
        }
    }

    private void WriteVerdict(Finding finding)
    {
        _json.WriteString(JsonNames.Pack, finding.PackId);
        _json.WriteString(JsonNames.Status, StatusValues[(int)finding.Status]);
        if (finding.Deadline is { } deadline)
        {
            Span<char> day = stackalloc char[10];
            deadline.TryFormat(day, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            _json.WriteString(JsonNames.Deadline, day);
        }
        else
        {
            _json.WriteNull(JsonNames.Deadline);
        }
    }

    private void WriteDesignation(Finding finding)
    {
        if (finding.DesignationId is not null)
        {
            _json.WriteString(JsonNames.Designation, finding.DesignationId);
        }

        if (finding.MissingField is not null)
        {
            _json.WriteString(JsonNames.MissingField, finding.MissingField);
        }
    }

    public void Reject(Rejection rejection)
    {
    }

    public void End(AssessmentSummary summary)
    {
        CloseAsset();
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
        if (shape == EvidenceShape.Referenced)
        {
            WriteTable("owner_chains", _chains!);
            WriteTable("evidence_steps", _steps!);
        }

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

            WriteEvidence(finding.Evidence, 0, finding.Evidence.Count);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    /// <summary>
    /// Steps <paramref name="from"/> up to <paramref name="to"/> as the "evidence" array: shared steps as their ids
    /// (referenced) or their JSON encoded once (inline); a step of this finding alone written out.
    /// </summary>
    private void WriteEvidence(IReadOnlyList<EvidenceStep> evidence, int from, int to)
    {
        _json.WriteStartArray(JsonNames.Evidence);
        for (var i = from; i < to; i++)
        {
            var step = evidence[i];
            if (step.Reused && !step.Shared)
            {
                _json.WriteRawValue(Reused(step), skipInputValidation: true);
            }
            else if (!step.Shared)
            {
                WriteStep(_json, step);
            }
            else if (shape == EvidenceShape.Referenced && _steps!.Find(step) is { } entry)
            {
                _json.WriteRawValue(entry.Reference, skipInputValidation: true);
            }
            else
            {
                _json.WriteRawValue(_steps!.Json(step), skipInputValidation: true);
            }
        }

        _json.WriteEndArray();
    }

    private byte[] Reused(EvidenceStep step)
    {
        if (_reused.TryGetValue(step, out var json))
        {
            return json;
        }

        _reusedBuffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_reusedBuffer, Options))
        {
            WriteStep(writer, step);
        }

        json = _reusedBuffer.WrittenSpan.ToArray();
        if (_reused.Count < MaxReused)
        {
            _reused[step] = json;
        }

        return json;
    }

    /// <summary>A table of the referenced shape: each entry's id and its JSON, once.</summary>
    private void WriteTable<T>(string name, EncodedTable<T> table)
        where T : class
    {
        _json.WriteStartObject(name);
        foreach (var entry in table.Entries)
        {
            _json.WritePropertyName(entry.Name);
            _json.WriteRawValue(entry.Json, skipInputValidation: true);
            if (_json.BytesPending > 1 << 16)
            {
                _json.Flush();
            }
        }

        _json.WriteEndObject();
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
        _json.WriteStartObject(JsonNames.Asset);
        _json.WriteString(JsonNames.Id, asset.Id);
        if (asset.Name is not null)
        {
            _json.WriteString(JsonNames.Name, asset.Name);
        }

        if (asset.Site is not null)
        {
            _json.WriteString(JsonNames.Site, asset.Site);
        }

        _json.WriteString(JsonNames.File, asset.Source.File);
        _json.WriteNumber(JsonNames.Line, asset.Source.Line);
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
        _json.WritePropertyName(JsonNames.OwnerChain);
        if (chain is null)
        {
            _json.WriteStartArray();
            _json.WriteEndArray();
            return;
        }

        // Chains are shared by every asset of a maker within an ownership epoch: encode each once.
        _json.WriteRawValue(_chains!.Json(chain), skipInputValidation: true);
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
