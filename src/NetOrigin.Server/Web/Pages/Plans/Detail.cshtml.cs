using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using NetOrigin.Server.Apis;
using NetOrigin.Server.Auth;
using NetOrigin.Server.Jobs;
using NetOrigin.Storage;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Planning;

namespace NetOrigin.Server.Web.Pages.Plans;

/// <summary>
/// One plan: its job while it is made; then the Gantt chart of its visits with the deadlines, spend per period and
/// the what-ifs (from the document GET /api/v1/plans/{id} serves); and re-planning with a changed budget file
/// (planners: the same request as POST /api/v1/plans/{id}/replan).
/// </summary>
[Requires(Permission.Read)]
public sealed class DetailModel(Storage.Planning.Plans plans, JobQueue jobs, JobSignal signal) : TenantPage
{
    public PlanRecord Plan { get; private set; } = null!;
    public Job? Job { get; private set; }
    public JsonElement? Document { get; private set; }
    public PlanGantt? Gantt { get; private set; }

    public async Task<IActionResult> OnGetAsync(long planId, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(Me.TenantId, planId, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        if (!plan.IsComplete)
        {
            Job = await jobs.GetAsync(Me.TenantId, plan.JobId, cancellationToken);
            return Page();
        }

        using var document = JsonDocument.Parse(await plans.DocumentAsync(Me.TenantId, planId, cancellationToken) ?? "{}");
        Document = document.RootElement.Clone();
        Gantt = new PlanGantt(Document.Value);
        return Page();
    }

    /// <summary>Re-plans from the form's start with the form's budget file (blank keeps the plan's own), then shows the new plan.</summary>
    public async Task<IActionResult> OnPostReplanAsync(long planId, string? start, string? budget, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Permission.Plan))
        {
            return Forbid();
        }

        var (day, badDay) = InventoryUpload.Day("start", start);
        if (badDay is not null)
        {
            Problem = badDay.ProblemDetails.Detail;
            return LocalRedirect($"/plans/{planId}");
        }

        try
        {
            var (plan, problem) = await PlansApi.QueueReplanAsync(Me, planId, day ?? Today, string.IsNullOrWhiteSpace(budget) ? null : budget, plans, signal, cancellationToken);
            if (problem is not null)
            {
                Problem = problem.ProblemDetails.Detail;
                return problem.StatusCode == StatusCodes.Status404NotFound ? NotFound() : LocalRedirect($"/plans/{planId}");
            }

            return LocalRedirect($"/plans/{plan!.Id}");
        }
        catch (ConflictException e)
        {
            Problem = e.Message;
            return LocalRedirect($"/plans/{planId}");
        }
    }

    public static string Number(JsonElement value) => value.GetDouble().ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
}
