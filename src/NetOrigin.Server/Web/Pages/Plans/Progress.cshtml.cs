using Microsoft.AspNetCore.Mvc;
using NetOrigin.Planning.Progress;
using NetOrigin.Server.Apis;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Planning;

namespace NetOrigin.Server.Web.Pages.Plans;

/// <summary>
/// A plan's progress and its regulator reports: links to the reports the API serves (HTML to read or print as PDF,
/// CSV, the burn-down SVG), the recorded steps of its items (GET /plans/{id}/progress), and recording a step
/// (planners: the same as POST /plans/{id}/tasks/{asset}/progress).
/// </summary>
[Requires(Permission.Read)]
public sealed class ProgressModel(Storage.Planning.Plans plans, TimeProvider clock) : TenantPage
{
    /// <summary>How many of the latest steps the page lists (the CSV has them all).</summary>
    public const int StepsShown = 500;

    public PlanRecord Plan { get; private set; } = null!;
    public IReadOnlyList<string> ReportKinds { get; private set; } = [];
    public IReadOnlyList<ProgressStep> Steps { get; private set; } = [];
    public int StepCount { get; private set; }
    public IEnumerable<string> States => Enum.GetValues<TaskState>().Select(s => s.Name());
    public DateOnly Now => Today;

    public async Task<IActionResult> OnGetAsync(long planId, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(Me.TenantId, planId, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        ReportKinds = plan.IsComplete ? await plans.ReportKindsAsync(Me.TenantId, planId, cancellationToken) : [];
        var steps = await plans.ProgressAsync(Me.TenantId, planId, cancellationToken) ?? [];
        StepCount = steps.Count;
        Steps = steps.Skip(Math.Max(0, steps.Count - StepsShown)).Reverse().ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(long planId, string asset, string state, string? date, decimal? cost, string? note, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Permission.Plan))
        {
            return Forbid();
        }

        var (day, badDay) = InventoryUpload.Day("date", date);
        if (badDay is not null)
        {
            Problem = badDay.ProblemDetails.Detail;
            return LocalRedirect($"/plans/{planId}/progress");
        }

        await RunAsync(async () =>
        {
            var (_, problem) = await PlansApi.RecordProgressAsync(Me, planId, (asset ?? "").Trim(), new ProgressRequest(state, day, cost, note), plans, clock, cancellationToken);
            Problem = problem?.ProblemDetails.Detail;
        });
        return LocalRedirect($"/plans/{planId}/progress");
    }
}
