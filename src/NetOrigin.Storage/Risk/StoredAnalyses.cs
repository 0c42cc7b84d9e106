using System.IO.Compression;
using System.Text;
using NetOrigin.Reports.Risk;
using NetOrigin.Risk;
using NetOrigin.Risk.Exposure;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Risk;

/// <summary>Which analysis of which run: a model's risk, or a cut-off's exposure (the cut as asked).</summary>
public sealed record AnalysisKey(long TenantId, long RunId, string Kind, string Subject)
{
    public static AnalysisKey Risk(RunRecord run, string modelId) => new(run.TenantId, run.Id, "risk", modelId);

    public static AnalysisKey Exposure(RunRecord run, IReadOnlyList<CutTarget> cuts) => new(run.TenantId, run.Id, "exposure", string.Join(',', cuts.Select(c => c.Query)));
}

/// <summary>An analysis just made: the whole report (the API's JSON) in scratch, and the page's JSON.</summary>
public sealed class MadeAnalysis(AnalysisKey key, Stream report, string page) : IAsyncDisposable
{
    public AnalysisKey Key { get; } = key;
    public Stream Report { get; } = report;
    public string Page { get; } = page;

    public ValueTask DisposeAsync() => Report.DisposeAsync();
}

/// <summary>
/// Risk and exposure analyses of complete runs, kept in the database (decision: a run never changes, and the engine
/// over a million stored assets takes tens of seconds): the run's assessment job makes and keeps the default
/// model's risk before the run is complete; another model or a cut-off is made once, on request, and kept. Every
/// read is by tenant.
/// </summary>
public sealed class StoredAnalyses(Database database, RunAnalysis analysis, IScratchSpace scratch)
{
    private const int PartBytes = 1 << 20;

    /// <summary>The page's JSON of a kept analysis; null when it has not been made.</summary>
    public async Task<string?> PageAsync(AnalysisKey key, CancellationToken cancellationToken)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.ScalarAsync<string>(
            "SELECT page FROM run_analyses WHERE tenant_id = @tenant AND run_id = @run AND kind = @kind AND subject = @subject",
            Parameters(key));
    }

    /// <summary>The whole report of a kept analysis (check <see cref="PageAsync"/> first), read part by part.</summary>
    public Stream OpenReport(AnalysisKey key) =>
        new ZLibStream(
            new ChunkStream(database, "SELECT body FROM run_analysis_parts WHERE tenant_id = @tenant AND run_id = @run AND kind = @kind AND subject = @subject AND part = @chunk", Parameters(key)),
            CompressionMode.Decompress);

    public Task<MadeAnalysis> MakeRiskAsync(RunRecord run, ImportRecord import, RiskModel model, CancellationToken cancellationToken) =>
        MakeRiskAsync(run, import, null, model, cancellationToken);

    /// <summary>The risk under <paramref name="model"/>, with the run's packs, waivers and approved list as its job loaded them.</summary>
    internal async Task<MadeAnalysis> MakeRiskAsync(RunRecord run, ImportRecord import, StoredAssessment? assessment, RiskModel model, CancellationToken cancellationToken) =>
        await MakeAsync(AnalysisKey.Risk(run, model.Id), async (report, page) =>
        {
            using var whole = new RiskJsonWriter(report);
            using var shown = new RiskJsonWriter(page);
            var sink = new BothRiskSinks(whole, new RiskPageSink(shown));
            _ = assessment is null
                ? await analysis.RiskAsync(run, import, model, sink, scratch, cancellationToken)
                : await analysis.RiskAsync(run, import, assessment, model, sink, scratch, cancellationToken);
        });

    public async Task<MadeAnalysis> MakeExposureAsync(RunRecord run, ImportRecord import, IReadOnlyList<CutTarget> cuts, CancellationToken cancellationToken) =>
        await MakeAsync(AnalysisKey.Exposure(run, cuts), async (report, page) =>
        {
            using var whole = new ExposureJsonWriter(report);
            using var shown = new ExposureJsonWriter(page);
            await analysis.ExposeAsync(run, import, cuts, new BothExposureSinks(whole, new ExposurePageSink(shown)), scratch, cancellationToken);
        });

    /// <summary>Keeps <paramref name="made"/> in its own transaction.</summary>
    public async Task KeepAsync(MadeAnalysis made, CancellationToken cancellationToken)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        await KeepAsync(session, made);
        await session.CommitAsync();
    }

    /// <summary>
    /// Keeps <paramref name="made"/> in <paramref name="session"/>'s transaction (the job's, which makes the run
    /// complete). The same analysis made twice at once is kept once: both are the same report.
    /// </summary>
    public static async Task KeepAsync(DbSession session, MadeAnalysis made)
    {
        var key = Parameters(made.Key);
        if (await session.ScalarAsync<long>("SELECT COUNT(*) FROM run_analyses WHERE tenant_id = @tenant AND run_id = @run AND kind = @kind AND subject = @subject", key) > 0)
        {
            return;
        }

        var parts = 0;
        var pending = new MemoryStream(PartBytes + (PartBytes / 4));
        async Task InsertAsync()
        {
            await session.ExecuteAsync(
                "INSERT INTO run_analysis_parts (tenant_id, run_id, kind, subject, part, body) VALUES (@tenant, @run, @kind, @subject, @part, @body) ON CONFLICT DO NOTHING",
                [.. key, ("part", parts++), ("body", pending.ToArray())]);
            pending.SetLength(0);
        }

        made.Report.Position = 0;
        var buffer = new byte[1 << 16];
        using (var zlib = new ZLibStream(pending, CompressionLevel.Fastest, leaveOpen: true))
        {
            int n;
            while ((n = await made.Report.ReadAsync(buffer)) > 0)
            {
                zlib.Write(buffer, 0, n);
                if (pending.Length >= PartBytes)
                {
                    await InsertAsync();
                }
            }
        }

        await InsertAsync();
        made.Report.Position = 0;
        await session.ExecuteAsync(
            "INSERT INTO run_analyses (tenant_id, run_id, kind, subject, page, parts, created_at) VALUES (@tenant, @run, @kind, @subject, @page, @parts, @at) ON CONFLICT DO NOTHING",
            [.. key, ("page", made.Page), ("parts", parts), ("at", StoredTime.Now(TimeProvider.System))]);
    }

    private async Task<MadeAnalysis> MakeAsync(AnalysisKey key, Func<Stream, Stream, Task> write)
    {
        var report = scratch.Create();
        try
        {
            using var page = new MemoryStream();
            await write(report, page);
            report.Position = 0;
            return new MadeAnalysis(key, report, Encoding.UTF8.GetString(page.GetBuffer(), 0, (int)page.Length));
        }
        catch
        {
            await report.DisposeAsync();
            throw;
        }
    }

    private static (string, object?)[] Parameters(AnalysisKey key) =>
        [("tenant", key.TenantId), ("run", key.RunId), ("kind", key.Kind), ("subject", key.Subject)];
}
