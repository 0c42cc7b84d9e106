using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NetOrigin.Server.Apis;
using NetOrigin.Server.Auth;
using NetOrigin.Server.Jobs;
using NetOrigin.Server.Operations;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Server.Web.Pages.Imports;

/// <summary>The tenant's imports, and the upload form (analysts, admins): the file streams into the same import job the API queues.</summary>
[Requires(Permission.Read)]
[UploadEndpoint]
public sealed class IndexModel(Storage.Inventory.Imports imports, ReferenceSnapshot reference, IOptions<ServerSettings> settings, JobSignal signal) : TenantPage
{
    public IReadOnlyList<ImportRecord> Items { get; private set; } = [];
    public IReadOnlyList<Policies.PolicyPack> Packs => reference.Data.PackIds.Select(reference.Data.Pack).ToList();
    public DateOnly DefaultAsOf => Today;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await imports.ListAsync(Me.TenantId, null, 50, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Permission.Import))
        {
            return Forbid();
        }

        var upload = await InventoryUpload.ReadAsync(Request, null, null, cancellationToken);
        var (asOf, badDay) = InventoryUpload.Day("as_of", upload.Fields.GetValueOrDefault("as_of"));
        var assess = upload.Fields.GetValueOrDefault("assess") is { Length: > 0 } packs ? packs : null;
        var (import, _, problem) = badDay is null
            ? await upload.ImportAsync(Me, imports, reference, settings.Value, signal, null, assess, asOf, cancellationToken)
            : (null, null, badDay);
        if (problem is not null)
        {
            Problem = problem.ProblemDetails.Detail;
            return Navigate("/imports");
        }

        return Navigate($"/imports/{import!.Id}");
    }

    /// <summary>After a post: htmx (which posted the form) is told where to go; a plain form post is redirected.</summary>
    private IActionResult Navigate(string url)
    {
        if (Request.Headers.ContainsKey("HX-Request"))
        {
            Response.Headers["HX-Redirect"] = url;
            return new NoContentResult();
        }

        return LocalRedirect(url);
    }
}
