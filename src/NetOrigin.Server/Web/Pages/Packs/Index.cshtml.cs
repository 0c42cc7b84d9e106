using NetOrigin.Policies;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Server.Web.Pages.Packs;

/// <summary>The shipped policy packs with their versions (GET /api/v1/packs).</summary>
[Requires(Permission.Read)]
public sealed class IndexModel(ReferenceSnapshot reference) : TenantPage
{
    public IReadOnlyList<PolicyPack> Items { get; private set; } = [];

    public void OnGet() => Items = reference.Data.PackIds.Select(reference.Data.Pack).ToList();
}
