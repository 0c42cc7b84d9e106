using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Auth;

/// <summary>What an endpoint needs; each role grants a fixed set (enforced the same for API tokens and, later, browser sign-ins).</summary>
public enum Permission
{
    /// <summary>Read imports, runs, findings, assets, organisations, packs, waivers, the approved list, jobs.</summary>
    Read,

    /// <summary>Upload inventories, start and cancel assessments and jobs.</summary>
    Import,

    /// <summary>Make replacement plans, re-plan, and record the progress of replacement tasks.</summary>
    Plan,

    /// <summary>Request waivers.</summary>
    RequestWaiver,

    /// <summary>Approve, reject and revoke waivers (never one's own request) and keep the approved list.</summary>
    Approve,

    /// <summary>Read and verify the audit log.</summary>
    Audit,

    /// <summary>Manage users and tokens; re-assess on demand.</summary>
    Administer,
}

public static class RolePermissions
{
    private static readonly Dictionary<Role, Permission[]> Grants = new()
    {
        [Role.Viewer] = [Permission.Read],
        [Role.Analyst] = [Permission.Read, Permission.Import, Permission.Plan, Permission.RequestWaiver],
        [Role.Approver] = [Permission.Read, Permission.Approve],
        [Role.Auditor] = [Permission.Read, Permission.Audit],
        [Role.Admin] = Enum.GetValues<Permission>(),
    };

    public static bool Allows(this Role role, Permission permission) => Grants[role].Contains(permission);

    /// <summary>The authorization policy name of a permission.</summary>
    public static string Policy(this Permission permission) => "permission:" + permission.ToString().ToLowerInvariant();
}
