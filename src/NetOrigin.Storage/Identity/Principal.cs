namespace NetOrigin.Storage.Identity;

/// <summary>Who is acting: a user of a tenant with a role (from an API token today, a browser sign-in later).</summary>
public sealed record Principal(long TenantId, string TenantSlug, long UserId, string UserName, Role Role)
{
    /// <summary>The name the audit log records.</summary>
    public string Actor => UserName;
}
