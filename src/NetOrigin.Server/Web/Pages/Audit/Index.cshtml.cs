using Microsoft.AspNetCore.Mvc;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Server.Web.Pages.Audit;

/// <summary>The tenant's audit log (auditors, admins), oldest first in keyset pages, and "verify chain" (the chain recomputed, as GET /api/v1/audit/verify).</summary>
[Requires(Permission.Audit)]
public sealed class IndexModel(Database database) : TenantPage
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public long? After { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Verify { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public AuditVerification? Verification { get; private set; }
    public long? Next { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await AuditLog.PageAsync(database, Me.TenantId, After ?? 0, PageSize, cancellationToken);
        Next = Entries.Count == PageSize ? Entries[^1].Seq : null;
        if (Verify)
        {
            Verification = await AuditLog.VerifyAsync(database, Me.TenantId, cancellationToken);
        }
    }
}
