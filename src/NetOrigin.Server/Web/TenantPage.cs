using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Web;

/// <summary>A page that needs a permission: the API's own policy (<see cref="RolePermissions.Policy"/>), so a role sees exactly the pages its API calls allow.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresAttribute(Permission permission) : AuthorizeAttribute(permission.Policy())
{
    public Permission Permission { get; } = permission;
}

/// <summary>A signed-in page of one tenant: who is acting, and what their role lets them do.</summary>
public abstract class TenantPage : PageModel
{
    public Principal Me => User.Principal();

    /// <summary>Whether the signed-in role holds a permission (to show a control; the handler checks again).</summary>
    public bool Can(Permission permission) => Me.Role.Allows(permission);

    /// <summary>A message the page shows after a post that could not be done (a problem of the store or the request).</summary>
    [TempData]
    public string? Problem { get; set; }

    /// <summary>A handler's check of a permission, through the same authorization policy as the API's endpoints.</summary>
    protected async Task<bool> AllowedAsync(Permission permission) =>
        (await HttpContext.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(User, permission.Policy())).Succeeded;

    /// <summary>The tenant's latest complete runs, newest first, once a page has read them (what it offers to choose from).</summary>
    public IReadOnlyList<Storage.Assessment.RunRecord> Recent { get; private set; } = [];

    /// <summary>Reads the tenant's latest complete runs, newest first, into <see cref="Recent"/>.</summary>
    protected async Task<IReadOnlyList<Storage.Assessment.RunRecord>> CompleteRunsAsync(Storage.Assessment.Runs runs, CancellationToken cancellationToken) =>
        Recent = (await runs.ListAsync(Me.TenantId, null, null, 50, cancellationToken)).Where(r => r.IsComplete).ToList();

    /// <summary>Runs a change; what the store refuses (own request, wrong state, bad input) becomes the page's message.</summary>
    protected async Task RunAsync(Func<Task> change)
    {
        try
        {
            await change();
        }
        catch (Exception e) when (e is Storage.StorageException or Storage.ConflictException or Storage.ForbiddenException)
        {
            Problem = e.Message;
        }
    }

    /// <summary>A comma- or line-separated list typed into a form.</summary>
    protected static List<string> List(string? text) =>
        (text ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    protected static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
