using Microsoft.AspNetCore.Mvc;
using NetOrigin.Server.Apis;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Approvals;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Server.Web.Pages.Waivers;

/// <summary>
/// Waivers: the list with expiry warnings, the request form (analysts, admins), and approve, reject or revoke
/// (approvers, admins; never one's own request — the store refuses it, and the page offers no button for it).
/// </summary>
[Requires(Permission.Read)]
public sealed class IndexModel(Storage.Approvals.Waivers waivers, ReferenceSnapshot reference) : TenantPage
{
    /// <summary>An approved waiver expiring within this many days is flagged.</summary>
    public const int WarnDays = 30;

    public IReadOnlyList<WaiverRecord> Items { get; private set; } = [];
    public IReadOnlyList<string> PackIds => reference.Data.PackIds;
    public DateOnly Now => Today;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = (await waivers.ListAsync(Me.TenantId, null, cancellationToken)).OrderByDescending(w => w.Id).ToList();

    public string? Warning(WaiverRecord waiver) => waiver.State != WaiverStates.Approved ? null
        : waiver.Expires <= Today ? "expired"
        : waiver.Expires <= Today.AddDays(WarnDays) ? $"expires in {waiver.Expires.DayNumber - Today.DayNumber} days"
        : null;

    public bool IsMine(WaiverRecord waiver) => string.Equals(waiver.RequestedBy, Me.Actor, StringComparison.Ordinal);

    public async Task<IActionResult> OnPostRequestAsync(string pack, string? assets, string? sites, string justification, string? expires, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Permission.RequestWaiver))
        {
            return Forbid();
        }

        var (until, badDay) = InventoryUpload.Day("expires", expires);
        if (badDay is not null || until is null)
        {
            Problem = badDay?.ProblemDetails.Detail ?? "a waiver needs an expiry date";
            return RedirectToPage();
        }

        var scope = new WaiverScopeData(null, null, List(assets), List(sites), [], []);
        await RunAsync(async () =>
        {
            var (_, problem) = await WaiversApi.RequestWaiverAsync(new WaiverRequest(pack, scope, justification ?? "", null, until.Value), Me, waivers, reference, cancellationToken);
            Problem = problem?.ProblemDetails.Detail;
        });
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostApproveAsync(long waiverId, string? note, CancellationToken cancellationToken) =>
        DecideAsync(() => waivers.DecideAsync(Me, waiverId, true, note, cancellationToken));

    public Task<IActionResult> OnPostRejectAsync(long waiverId, string? note, CancellationToken cancellationToken) =>
        DecideAsync(() => waivers.DecideAsync(Me, waiverId, false, note, cancellationToken));

    public Task<IActionResult> OnPostRevokeAsync(long waiverId, string? note, CancellationToken cancellationToken) =>
        DecideAsync(() => waivers.RevokeAsync(Me, waiverId, note, cancellationToken));

    private async Task<IActionResult> DecideAsync(Func<Task<WaiverRecord?>> decide)
    {
        if (!await AllowedAsync(Permission.Approve))
        {
            return Forbid();
        }

        await RunAsync(async () =>
        {
            if (await decide() is null)
            {
                Problem = "no such waiver in this tenant";
            }
        });
        return RedirectToPage();
    }
}
