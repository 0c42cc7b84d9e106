using Microsoft.AspNetCore.Mvc;
using NetOrigin.Server.Apis;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Approvals;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Server.Web.Pages.Approved;

/// <summary>
/// The approved-manufacturers list (GET /api/v1/approved-list) with each entry's history; approvers and admins add,
/// change (a new version) and remove entries through the API's own checks.
/// </summary>
[Requires(Permission.Read)]
public sealed class IndexModel(ApprovedEntries entries, ReferenceSnapshot reference) : TenantPage
{
    public IReadOnlyList<ApprovedEntryRecord> Items { get; private set; } = [];

    /// <summary>The entry whose history is shown (?history=).</summary>
    [BindProperty(SupportsGet = true, Name = "history")]
    public long? HistoryOf { get; set; }

    public IReadOnlyList<ApprovedEntryRecord> History { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = await entries.ListAsync(Me.TenantId, cancellationToken);
        if (HistoryOf is { } id)
        {
            History = await entries.HistoryAsync(Me.TenantId, id, cancellationToken);
        }
    }

    /// <summary>Adds an entry (no <paramref name="entryId"/>) or saves a new version of one.</summary>
    public async Task<IActionResult> OnPostSaveAsync(long? entryId, string? manufacturer, string? product, string? roles, string? categories, string? conditions, string? expires, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Permission.Approve))
        {
            return Forbid();
        }

        var (until, badDay) = InventoryUpload.Day("expires", expires);
        if (badDay is not null)
        {
            Problem = badDay.ProblemDetails.Detail;
            return RedirectToPage();
        }

        var request = new ApprovedEntryRequest(Blank(manufacturer), Blank(product), List(roles), List(categories), Blank(conditions), until);
        await RunAsync(async () =>
        {
            var (_, problem) = await WaiversApi.SaveApprovedAsync(entryId, request, Me, entries, reference, cancellationToken);
            Problem = problem?.ProblemDetails.Detail;
        });
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(long entryId, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Permission.Approve))
        {
            return Forbid();
        }

        if (!await entries.RemoveAsync(Me, entryId, cancellationToken))
        {
            Problem = $"approved entry {entryId} does not exist in this tenant";
        }

        return RedirectToPage();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
