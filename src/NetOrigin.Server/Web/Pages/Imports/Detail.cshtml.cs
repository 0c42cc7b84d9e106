using Microsoft.AspNetCore.Mvc;
using NetOrigin.Server.Apis;
using NetOrigin.Server.Auth;
using NetOrigin.Server.Jobs;
using NetOrigin.Storage;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Server.Web.Pages.Imports;

/// <summary>One import: its job's live progress, its counts, its runs, and the first rejected rows with line and reason.</summary>
[Requires(Permission.Read)]
public sealed class DetailModel(Storage.Inventory.Imports imports, Runs runs, JobQueue jobs, ReferenceSnapshot reference, JobSignal signal) : TenantPage
{
    public const int RejectionsShown = 200;

    public ImportRecord Import { get; private set; } = null!;
    public IReadOnlyList<RunRecord> Runs { get; private set; } = [];
    public Job? ActiveJob { get; private set; }
    public IReadOnlyList<(long Line, string Reason, string Excerpt)> Rejections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long importId, CancellationToken cancellationToken)
    {
        if (await imports.GetAsync(Me.TenantId, importId, cancellationToken) is not { } import)
        {
            return NotFound();
        }

        Import = import;
        Runs = await runs.ListAsync(Me.TenantId, importId, null, 20, cancellationToken);

        // The job to follow: the newest run's while it is under way, else the import's own.
        var jobId = Runs.FirstOrDefault(r => r.State is RecordStates.Queued or RecordStates.Running)?.JobId ?? import.JobId;
        ActiveJob = await jobs.GetAsync(Me.TenantId, jobId, cancellationToken);
        if (import.IsComplete)
        {
            var rows = new List<(long, string, string)>();
            await foreach (var row in imports.RejectionsAsync(Me.TenantId, importId, cancellationToken))
            {
                rows.Add(row);
                if (rows.Count == RejectionsShown)
                {
                    break;
                }
            }

            Rejections = rows;
        }

        return Page();
    }

    /// <summary>Assess the import again (analysts, admins) with the packs and date of the form: the same request as POST /api/v1/runs.</summary>
    public async Task<IActionResult> OnPostAssessAsync(long importId, string[]? assess, string? asOf, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Permission.Import))
        {
            return Forbid();
        }

        var (day, badDay) = InventoryUpload.Day("as_of", asOf);
        var (packs, problem) = badDay is null ? RunsApi.ResolvePacks(reference, assess ?? []) : (null, badDay);
        if (problem is not null)
        {
            Problem = problem.ProblemDetails.Detail;
            return LocalRedirect($"/imports/{importId}");
        }

        try
        {
            if (await runs.RequestAsync(Me, importId, new AssessRequest(packs!, day ?? Today), ReferenceSnapshot.ToolVersion, cancellationToken) is null)
            {
                return NotFound();
            }

            signal.Notify();
        }
        catch (ConflictException e)
        {
            Problem = e.Message;
        }

        return LocalRedirect($"/imports/{importId}");
    }

    public IReadOnlyList<Policies.PolicyPack> Packs => reference.Data.PackIds.Select(reference.Data.Pack).ToList();
}
