using Microsoft.AspNetCore.Mvc;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Inventory;

namespace NetOrigin.Server.Web;

/// <summary>A page of one complete run of the tenant: the one asked for by <c>?run=</c>, else the newest.</summary>
public abstract class RunPage : TenantPage
{
    [BindProperty(SupportsGet = true, Name = "run")]
    public long? RunId { get; set; }

    public RunRecord? Run { get; private set; }

    protected ImportRecord? Import { get; private set; }

    /// <summary>
    /// Reads the run and its import; the answer to give at once — 404 for a run that is not a complete run of this
    /// tenant, the page itself while the tenant has none — or null to go on with <see cref="Run"/> set.
    /// </summary>
    protected async Task<IActionResult?> ChooseRunAsync(Runs runs, Imports imports, CancellationToken cancellationToken)
    {
        await CompleteRunsAsync(runs, cancellationToken);
        if ((RunId ?? Recent.FirstOrDefault()?.Id) is not { } id)
        {
            return Page();
        }

        var (run, import, problem) = await Apis.RunsApi.CompleteRunAsync(id, User, runs, imports, cancellationToken);
        if (problem is not null)
        {
            return NotFound();
        }

        (Run, Import) = (run, import);
        return null;
    }
}
