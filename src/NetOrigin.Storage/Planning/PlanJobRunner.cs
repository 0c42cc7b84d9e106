using System.Text;
using System.Text.Json;
using NetOrigin.Inventory;
using NetOrigin.Planning;
using NetOrigin.Planning.Catalog;
using NetOrigin.Planning.Inputs;
using NetOrigin.Planning.Progress;
using NetOrigin.Planning.Reports;
using NetOrigin.Policies.Approval;
using NetOrigin.Policies.Waivers;
using NetOrigin.ReferenceData;
using NetOrigin.Storage.Approvals;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Planning;

/// <summary>
/// Runs a plan job with Core's engines, as `netorigin plan` does: the run's import is assessed again with the
/// run's packs (and the tenant's waivers and approved list) as of the plan's start, in the same pass that finds
/// the items and scores them; the plan starts from the tenant's recorded progress; the plan, its items and its
/// regulator reports become visible with the job's end, only while this server still holds the job.
/// </summary>
public sealed class PlanJobRunner(Database database, ReferenceSnapshot reference, JobQueue queue, AuditLog audit, IPlanSolver solver)
{
    /// <summary>The reports rendered with every plan (uk-share only when the run assessed its pack).</summary>
    private static readonly string[] Reports = ["status-update", "supply-chain"];

    public async Task<JobOutcome> RunAsync(Job job, string worker, JobProgress progress, CancellationToken cancel, CancellationToken stopping)
    {
        var planId = JsonSerializer.Deserialize<Dictionary<string, long>>(job.Payload)!["plan_id"];
        return await JobAttempt.RunAsync(
            queue,
            job,
            worker,
            cancel,
            stopping,
            async token =>
            {
                var work = await PrepareAsync(job, worker, planId, progress, token);
                var result = await Task.Factory.StartNew(() => Execute(work, progress, token), token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                await FinishAsync(job, worker, work, result, progress);
            },
            (state, reason) => EndWithoutResultAsync(job, worker, planId, state, reason, progress),
            ex => ex is PlanInputException or InvalidDataException or ReferenceDataException or StorageException or ConflictException or InventoryFormatException);
    }

    private sealed record Work(PlanRecord Plan, ImportRecord Import, RunRecord Run, IReadOnlyList<ProgressStep> Steps, WaiverBook Waivers, ApprovedList? Approved);

    private sealed record Result(string Document, string Summary, string Status, IReadOnlyList<(string AssetId, string Site, string? Visit)> Items, IReadOnlyList<PlanReport> Reports);

    private async Task<Work> PrepareAsync(Job job, string worker, long planId, JobProgress progress, CancellationToken cancellationToken)
    {
        progress.Phase = job.Attempts > 1 ? "resuming" : "starting";
        await using var session = await database.WriteAsync(cancellationToken);
        if (!await JobQueue.HoldsAsync(session, job.TenantId, job.Id, worker))
        {
            throw new LeaseLostException(job.Id);
        }

        var plan = await Plans.GetAsync(session, job.TenantId, planId) ?? throw new InvalidDataException($"plan {planId} of job {job.Id} does not exist");
        var run = await Runs.GetAsync(session, job.TenantId, plan.RunId) ?? throw new InvalidDataException($"run {plan.RunId} of plan {planId} does not exist");
        var import = await Imports.GetAsync(session, job.TenantId, run.ImportId) ?? throw new InvalidDataException($"import {run.ImportId} of run {run.Id} does not exist");
        await session.ExecuteAsync("UPDATE plans SET state = 'running' WHERE tenant_id = @tenant AND plan_id = @id", ("tenant", job.TenantId), ("id", planId));
        var steps = await Plans.TenantProgressAsync(session, job.TenantId);
        var waivers = await Approvals.Waivers.BookAsync(session, job.TenantId);
        var packs = run.Packs.Select(p => reference.Data.Pack(p.Id)).ToList();
        var approved = packs.Any(p => p.RequiresApprovedList) ? await ApprovedEntries.ListForAssessmentAsync(session, job.TenantId) : null;
        await session.CommitAsync();
        progress.RecordsTotal = import.RecordsRead;
        return new Work(plan, import, run, steps, waivers, approved);
    }

    private Result Execute(Work work, JobProgress progress, CancellationToken cancellationToken)
    {
        var request = work.Plan.Request;
        var start = work.Plan.Start;
        var data = reference.Data;
        var packs = work.Run.Packs.Select(p => data.Pack(p.Id)).ToList();

        // Progress after the start has not happened yet as far as this plan knows.
        var counted = work.Steps.Where(s => s.Date <= start).ToList();
        var sources = new PlanSources
        {
            Data = data,
            Packs = packs,
            Catalog = LoadCatalog(data, request.Catalog),
            Constraints = request.Budget is { } budget ? PlanConstraintsLoader.Load(new StringReader(budget), "budget") : PlanConstraints.None,
            Progress = ProgressLog.From(counted.Select(Plans.ToEvent), "progress", start),
            RiskModel = request.Risk == "role" ? null : data.RiskModel(request.Model ?? DefaultModel),
            Waivers = work.Waivers,
            Approved = work.Approved,
            Settings = new PlanSettings
            {
                Start = start,
                Horizon = request.Horizon,
                Crews = request.Crews ?? 2,
                Roles = (request.Roles ?? []).Select(ParseRole).ToHashSet(),
            },
        };
        var shares = packs.Any(p => p.Id == UkSharePack) ? new NetworkShares(UkSharePack) : null;
        progress.Phase = "assessing";
        PreparedPlan prepared;
        using (var inventory = new StoredInventoryReader(database, work.Import))
        {
            prepared = PlanPreparation.Prepare(new CountingReader(inventory, progress), work.Import.FileName, sources, observer: shares);
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress.Phase = "solving";
        var plan = new PlanRun(solver, TimeProvider.System).Run(prepared.Instance, new PlanRunOptions
        {
            Limits = Limits(request),
            WhatIfs = request.WhatIf ?? [],
            Fixes = request.Fixes ?? true,
        });
        cancellationToken.ThrowIfCancellationRequested();

        progress.Phase = "writing";
        using var document = new MemoryStream();
        PlanJsonWriter.Write(document, plan, work.Import.FileName);
        var filer = request.Filer ?? plan.Items.Select(i => i.Item.Operator).FirstOrDefault(o => o.Length > 0) ?? "the filer";
        var reportData = new ReportData(plan, sources.Progress, start, filer, shares);
        var reports = Reports.Concat(shares is null ? [] : ["uk-share"]).Select(kind =>
        {
            var report = ReportBuilders.Build(kind, reportData, request.Year);
            return new PlanReport(kind, Render(w => ReportWriters.WriteHtml(w, report, data.Sources)), Render(w => ReportWriters.WriteCsv(w, report)), Render(w => BurndownSvg.Write(w, report.Burndown, report.Title)));
        }).ToList();
        var items = plan.Items.Select(i => (i.Item.Asset.Id, i.Item.Site, (string?)i.VisitId))
            .Concat(prepared.Instance.Finished.Select(f => (f.Asset.Id, f.Site, (string?)null)))
            .ToList();
        var summary = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["items"] = plan.Items.Count,
            ["finished"] = prepared.Instance.Finished.Count,
            ["items_missed"] = plan.Comparison.PlanItemsMissed,
            ["baseline_items_missed"] = plan.Comparison.BaselineItemsMissed,
            ["unscheduled"] = plan.Items.Count(i => !i.Scheduled),
            ["cost"] = plan.Comparison.Plan.Cost,
            ["currency"] = prepared.Instance.Currency,
            ["progress_steps"] = counted.Count,
            ["progress_steps_after_start"] = work.Steps.Count - counted.Count,
        });
        return new Result(Encoding.UTF8.GetString(document.ToArray()), summary, plan.Result.Status, items, reports);
    }

    private const string DefaultModel = "netorigin-default";
    private const string UkSharePack = "uk-huawei-designated-vendor";

    /// <summary>The catalog with a request's overrides over the shipped one (its sources kept apart from the shared data).</summary>
    public static ReplacementCatalog LoadCatalog(ReferenceDataSet data, string? overrides) => overrides is null
        ? ReplacementCatalog.Load(Path.Combine(data.Directory, "catalog"), data.Sources, data.Graph)
        : ReplacementCatalog.Load(Path.Combine(data.Directory, "catalog"), data.Sources.Copy(), data.Graph, [YamlNodeReader.Load(new StringReader(overrides), "catalog")]);

    /// <summary>The solver's limits a request asks for: seconds (default 30) or deterministic work units.</summary>
    public static SolverLimits Limits(PlanRequestData request) =>
        new SolverLimits(request.TimeLimit ?? 30, request.Workers ?? 2, request.Seed ?? 1) { DeterministicTime = request.Work };

    public static AssetRole ParseRole(string text) =>
        AssetVocabulary.TryParseRole(text, out var role, out var reason) && role != AssetRole.Unspecified
            ? role
            : throw new StorageException("roles", reason ?? $"'{text}' is not a role");

    private static string Render(Action<TextWriter> write)
    {
        using var text = new StringWriter();
        write(text);
        return text.ToString();
    }

    private async Task FinishAsync(Job job, string worker, Work work, Result result, JobProgress progress)
    {
        progress.Phase = "done";
        await using var session = await database.WriteAsync(CancellationToken.None);
        if (!await JobQueue.HoldsAsync(session, job.TenantId, job.Id, worker))
        {
            throw new LeaseLostException(job.Id);
        }

        var planId = work.Plan.Id;
        (string, object?)[] key = [("tenant", job.TenantId), ("plan", planId)];

        // An earlier attempt never got here (its rows would be visible with a complete plan), but be sure.
        await session.ExecuteAsync("DELETE FROM plan_items WHERE tenant_id = @tenant AND plan_id = @plan", key);
        await session.ExecuteAsync("DELETE FROM plan_reports WHERE tenant_id = @tenant AND plan_id = @plan", key);
        foreach (var chunk in result.Items.Chunk(200))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"(@tenant, @plan, @a{i}, @s{i}, @v{i})"));
            var parameters = key.Concat(chunk.SelectMany((item, i) => new (string, object?)[] { ($"a{i}", item.AssetId), ($"s{i}", item.Site), ($"v{i}", item.Visit) })).ToArray();
            await session.ExecuteAsync($"INSERT INTO plan_items (tenant_id, plan_id, asset_id, site, visit) VALUES {values}", parameters);
        }

        foreach (var report in result.Reports)
        {
            await session.ExecuteAsync(
                "INSERT INTO plan_reports (tenant_id, plan_id, kind, html, csv, svg) VALUES (@tenant, @plan, @kind, @html, @csv, @svg)",
                [.. key, ("kind", report.Kind), ("html", report.Html), ("csv", report.Csv), ("svg", report.Svg)]);
        }

        await session.ExecuteAsync(
            "UPDATE plans SET state = 'complete', status = @status, summary = @summary, document = @document, completed_at = @at WHERE tenant_id = @tenant AND plan_id = @plan",
            [.. key, ("status", result.Status), ("summary", result.Summary), ("document", result.Document), ("at", StoredTime.Now(TimeProvider.System))]);
        await audit.AppendAsync(session, job.TenantId, AuditLog.SystemActor, "plan.complete", $"plan/{planId}",
            AuditEntry.DetailsOf(("job", job.Id), ("run", work.Run.Id), ("items", (long)result.Items.Count), ("status", result.Status), ("data_sha256", reference.Hash)));
        await queue.FinishAsync(session, job, worker, JobStates.Succeeded, null, progress);
        await session.CommitAsync();
    }

    private async Task<JobOutcome> EndWithoutResultAsync(Job job, string worker, long planId, string state, string reason, JobProgress progress)
    {
        progress.Phase = state;
        await using var session = await database.WriteAsync(CancellationToken.None);
        if (!await JobQueue.HoldsAsync(session, job.TenantId, job.Id, worker))
        {
            return JobOutcome.LeaseLost;
        }

        await session.ExecuteAsync("UPDATE plans SET state = @state, error = @error WHERE tenant_id = @tenant AND plan_id = @id", ("state", state), ("error", reason), ("tenant", job.TenantId), ("id", planId));
        await audit.AppendAsync(session, job.TenantId, AuditLog.SystemActor, $"job.{(state == JobStates.Cancelled ? "cancel" : "fail")}", $"job/{job.Id}", AuditEntry.DetailsOf(("kind", job.Kind), ("plan", planId)));
        await queue.FinishAsync(session, job, worker, state, reason, progress);
        await session.CommitAsync();
        return state == JobStates.Cancelled ? JobOutcome.Cancelled : JobOutcome.Failed;
    }

    /// <summary>Counts the records the assessment pass has read, for the job's progress.</summary>
    private sealed class CountingReader(IInventoryReader inner, JobProgress progress) : IInventoryReader
    {
        public IReadOnlyList<string> UnusedColumns => inner.UnusedColumns;

        public IEnumerable<InventoryRecord> Read()
        {
            foreach (var record in inner.Read())
            {
                progress.Record();
                yield return record;
            }
        }

        public void Dispose()
        {
        }
    }
}
