using Microsoft.AspNetCore.Mvc;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Server.Web.Pages.Jobs;

/// <summary>
/// A job's progress as a fragment, polled by htmx each second while the job runs. When it has ended, htmx is told
/// to reload the page around it, which then shows the finished import or run.
/// </summary>
[Requires(Permission.Read)]
public sealed class ProgressModel(JobQueue jobs) : TenantPage
{
    public Job Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long jobId, CancellationToken cancellationToken)
    {
        if (await jobs.GetAsync(Me.TenantId, jobId, cancellationToken) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        if (job.State is not (JobStates.Queued or JobStates.Running) && Request.Headers.ContainsKey("HX-Request"))
        {
            Response.Headers["HX-Refresh"] = "true";
        }

        return Page();
    }
}
