using NetOrigin.Server.Auth;
using NetOrigin.Storage.Planning;

namespace NetOrigin.Server.Web.Pages.Plans;

/// <summary>The tenant's replacement plans, newest first (what GET /api/v1/plans lists).</summary>
[Requires(Permission.Read)]
public sealed class IndexModel(Storage.Planning.Plans plans) : TenantPage
{
    public const int Shown = 100;

    public IReadOnlyList<PlanRecord> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await plans.ListAsync(Me.TenantId, null, null, Shown, cancellationToken);
}
