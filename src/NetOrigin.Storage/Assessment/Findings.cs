using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using NetOrigin.Policies;
using NetOrigin.Reports;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Assessment;

/// <summary>Which findings of a run to read: packs and statuses (any of), a site, a maker, deadlines before a day (and from a day).</summary>
public sealed record FindingFilter(
    IReadOnlyList<int>? PackNumbers = null,
    IReadOnlyList<FindingStatus>? Statuses = null,
    string? Site = null,
    string? Maker = null,
    DateOnly? DeadlineBefore = null,
    DateOnly? DeadlineFrom = null);

/// <summary>
/// Reads a complete run's findings — a keyset page, one finding, or all of them streamed — and writes each as
/// <c>assess --format json</c> does, from the stored evidence pieces.
/// </summary>
public sealed class Findings(Database database, EvidenceBlobs blobs)
{
    public async Task<List<StoredFinding>> PageAsync(RunRecord run, FindingFilter filter, long after, int limit, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var page = await QueryAsync(session, run, filter, after, limit);
        await LoadEvidenceAsync(session, run.TenantId, page);
        return page;
    }

    public async Task<StoredFinding?> GetAsync(RunRecord run, long findingNo, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var page = await QueryAsync(session, run, new FindingFilter(), findingNo - 1, 1);
        if (page.Count == 0 || page[0].FindingNo != findingNo)
        {
            return null;
        }

        await LoadEvidenceAsync(session, run.TenantId, page);
        return page[0];
    }

    /// <summary>Every finding that passes <paramref name="filter"/>, in order, read a page at a time.</summary>
    public async IAsyncEnumerable<StoredFinding> StreamAsync(RunRecord run, FindingFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long after = 0;
        while (true)
        {
            var page = await PageAsync(run, filter, after, 2000, cancellationToken);
            foreach (var finding in page)
            {
                yield return finding;
            }

            if (page.Count < 2000)
            {
                yield break;
            }

            after = page[^1].FindingNo;
        }
    }

    private static async Task<List<StoredFinding>> QueryAsync(DbSession session, RunRecord run, FindingFilter filter, long after, int limit)
    {
        var table = session.Dialect.Findings;
        var parameters = new List<(string, object?)> { ("tenant", run.TenantId), ("owner", run.Id), ("after", after), ("upto", SqlDialect.MaxRowsPerRun), ("import", run.ImportId), ("limit", limit) };
        var index = session.Dialect.IsPostgres ? null : await SqliteIndexAsync(session, table, filter, parameters);
        var sql = new StringBuilder($"SELECT {StoredFinding.Columns(table)} FROM findings f {(index is null ? "" : $"INDEXED BY {index} ")}{StoredFinding.AssetJoin(session.Dialect)} WHERE {table.Range("f")}");
        if (filter.PackNumbers is { Count: > 0 } packs)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND f.pack_no IN ({string.Join(", ", packs.Select(p => p.ToString(CultureInfo.InvariantCulture)))})");
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND f.status IN ({string.Join(", ", statuses.Select(s => ((int)s).ToString(CultureInfo.InvariantCulture)))})");
        }

        if (filter.Site is { } site)
        {
            sql.Append(" AND f.site = @site");
            parameters.Add(("site", site));
        }

        if (filter.Maker is { } maker)
        {
            sql.Append(" AND f.maker_id = @maker");
            parameters.Add(("maker", maker));
        }

        if (filter.DeadlineBefore is { } before)
        {
            sql.Append(" AND f.deadline < @deadline");
            parameters.Add(("deadline", before));
        }

        if (filter.DeadlineFrom is { } from)
        {
            sql.Append(" AND f.deadline >= @deadline_from");
            parameters.Add(("deadline_from", from));
        }

        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY {table.Order("f")} LIMIT @limit");
        return await session.QueryAsync(sql.ToString(), StoredFinding.Read, [.. parameters]);
    }

    /// <summary>
    /// The index a SQLite page reads. Without statistics SQLite takes the status index even when a maker or site
    /// narrows far more (a maker with no violations then costs a walk over all the run's violations). Every index
    /// entry ends with the rowid, whose high bits are the run, so each choice is one range in key order; a pair
    /// with the status keeps that order only for one status. A deadline narrows only when few findings meet it,
    /// which a bounded count finds out; otherwise the run is read in key order and the first page comes soon.
    /// </summary>
    private static async Task<string?> SqliteIndexAsync(DbSession session, BulkTable table, FindingFilter filter, List<(string, object?)> parameters)
    {
        var oneStatus = filter.Statuses is { Count: 1 };
        if (filter.Maker is not null)
        {
            return oneStatus ? "findings_by_maker_status" : "findings_by_maker";
        }

        if (filter.Site is not null)
        {
            return oneStatus ? "findings_by_site_status" : "findings_by_site";
        }

        if (filter.DeadlineBefore is { } before)
        {
            const int Few = 5000;
            List<(string, object?)> bounds = [.. parameters, ("deadline", before)];
            var from = "";
            if (filter.DeadlineFrom is { } day)
            {
                from = " AND f.deadline >= @deadline_from";
                bounds.Add(("deadline_from", day));
            }

            var meeting = await session.ScalarAsync<long>(
                $"SELECT count(*) FROM (SELECT 1 FROM findings f INDEXED BY findings_by_deadline WHERE f.deadline < @deadline{from} AND {table.Range("f")} LIMIT {Few})",
                [.. bounds]);
            return meeting < Few ? "findings_by_deadline" : null;
        }

        return null;
    }

    private async Task LoadEvidenceAsync(DbSession session, long tenantId, List<StoredFinding> page)
    {
        await blobs.LoadAsync(session, tenantId, page.SelectMany(f => new[] { f.Manufacturer, f.OwnerChain, f.Evidence }));
        await blobs.LoadAsync(session, tenantId, page.SelectMany(f => EvidenceCodec.ChainSteps(blobs.Get(tenantId, f.Evidence)).Select(s => s.Hash)));
    }

    /// <summary>The finding's evidence steps, each the exact JSON the assessment wrote.</summary>
    public IEnumerable<byte[]> Steps(long tenantId, StoredFinding finding)
    {
        var values = finding.EvidenceValues?.Split(EvidenceCodec.ValueSeparator) ?? [];
        var next = 0;
        foreach (var (hash, takesValue) in EvidenceCodec.ChainSteps(blobs.Get(tenantId, finding.Evidence)))
        {
            var template = blobs.Get(tenantId, hash);
            yield return takesValue ? EvidenceCodec.Restore(template, values[next++]) : template;
        }
    }

    /// <summary>One finding as <c>assess --format json</c> writes it, with its number in the run as "id" first.</summary>
    public void WriteJson(Utf8JsonWriter json, RunRecord run, string fileName, StoredFinding finding)
    {
        json.WriteStartObject();
        json.WriteNumber("id", finding.FindingNo);
        json.WriteStartObject("asset");
        json.WriteString("id", finding.AssetId);
        if (finding.AssetName is not null)
        {
            json.WriteString("name", finding.AssetName);
        }

        if (finding.Site is not null)
        {
            json.WriteString("site", finding.Site);
        }

        json.WriteString("file", fileName);
        json.WriteNumber("line", finding.Line);
        json.WriteEndObject();
        json.WriteString("pack", run.Packs[finding.PackNo].Id);
        json.WriteString("status", ((FindingStatus)finding.Status).Name());
        if (finding.Deadline is { } deadline)
        {
            json.WriteString("deadline", deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("deadline");
        }

        foreach (var property in blobs.Parsed(run.TenantId, finding.Manufacturer).EnumerateObject())
        {
            property.WriteTo(json);
        }

        json.WritePropertyName("owner_chain");
        json.WriteRawValue(blobs.Get(run.TenantId, finding.OwnerChain), skipInputValidation: true);
        if (finding.Designation is not null)
        {
            json.WriteString("designation", finding.Designation);
        }

        if (finding.MissingField is not null)
        {
            json.WriteString("missing_field", finding.MissingField);
        }

        json.WriteStartArray("evidence");
        foreach (var step in Steps(run.TenantId, finding))
        {
            json.WriteRawValue(step, skipInputValidation: true);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The source ids a finding cites (its steps and its owner chain), for listing them beside it.</summary>
    public IReadOnlySet<string> CitedSources(long tenantId, StoredFinding finding)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in Steps(tenantId, finding))
        {
            using var document = JsonDocument.Parse(step);
            if (document.RootElement.TryGetProperty("sources", out var sources))
            {
                ids.UnionWith(sources.EnumerateArray().Select(s => s.GetString()!));
            }
        }

        using var chain = JsonDocument.Parse(blobs.Get(tenantId, finding.OwnerChain));
        foreach (var link in chain.RootElement.EnumerateArray())
        {
            if (link.TryGetProperty("sources", out var sources))
            {
                ids.UnionWith(sources.EnumerateArray().Select(s => s.GetString()!));
            }
        }

        return ids;
    }

    /// <summary>The header of a findings CSV export (the columns of <c>assess --format csv</c>).</summary>
    public const string CsvHeader = "asset_id,asset_name,site,pack,status,deadline,manufacturer,confidence,owner_chain,ultimate_controller,designation,missing_field,evidence,file,line\n";

    /// <summary>One finding as a CSV row, formula-safe, the cells as <c>assess --format csv</c> fills them.</summary>
    public string CsvRow(RunRecord run, string fileName, StoredFinding finding)
    {
        var line = new StringBuilder(512);
        void Cell(string? value)
        {
            CsvCell.Append(line, value);
            line.Append(',');
        }

        var manufacturer = blobs.Parsed(run.TenantId, finding.Manufacturer).GetProperty("manufacturer");
        using var chain = JsonDocument.Parse(blobs.Get(run.TenantId, finding.OwnerChain));
        var links = chain.RootElement.EnumerateArray().ToList();
        Cell(finding.AssetId);
        Cell(finding.AssetName);
        Cell(finding.Site);
        Cell(run.Packs[finding.PackNo].Id);
        Cell(((FindingStatus)finding.Status).Name());
        Cell(finding.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Cell(manufacturer.ValueKind == JsonValueKind.Object ? manufacturer.GetProperty("name").GetString() : null);
        Cell(manufacturer.ValueKind == JsonValueKind.Object ? manufacturer.GetProperty("confidence").GetDouble().ToString("0.###", CultureInfo.InvariantCulture) : null);
        Cell(links.Count == 0 ? null : ChainText(links));
        Cell(links.Count == 0 ? null : links[^1].GetProperty("name").GetString());
        Cell(finding.Designation);
        Cell(finding.MissingField);
        Cell(string.Join(" | ", Steps(run.TenantId, finding).Select(Describe)));
        Cell(fileName);
        line.Append(finding.Line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return line.ToString();
    }

    /// <summary>"Maker ← 100% Owner ← 20.29% (control) [unverified] Top", as the CSV report writes a chain.</summary>
    private static string ChainText(List<JsonElement> links)
    {
        var parts = new List<string> { links[0].GetProperty("name").GetString()! };
        foreach (var link in links.Skip(1))
        {
            var share = link.TryGetProperty("share", out var s) ? s.GetDecimal() : (decimal?)null;
            var control = link.TryGetProperty("control", out var c) && c.GetBoolean();
            var unverified = link.TryGetProperty("unverified", out var u) && u.GetBoolean();
            var edge = share is { } value
                ? $"{value.ToString("0.##", CultureInfo.InvariantCulture)}%{(control && value <= 50 ? " (control)" : "")}"
                : "controlled by";
            parts.Add($"{edge}{(unverified ? " [unverified]" : "")} {link.GetProperty("name").GetString()}");
        }

        return string.Join(" ← ", parts);
    }

    private static string Describe(byte[] step)
    {
        using var document = JsonDocument.Parse(step);
        var root = document.RootElement;
        var text = root.GetProperty("text").GetString()!;
        var authorities = new List<string>(2);
        if (root.TryGetProperty("source", out var source))
        {
            authorities.Add(source.GetString()!);
        }

        if (root.TryGetProperty("sources", out var sources))
        {
            authorities.Add(string.Join("; ", sources.EnumerateArray().Select(x => x.GetString())));
        }

        return authorities.Count == 0 ? text : $"{text} [{string.Join("; ", authorities)}]";
    }
}
