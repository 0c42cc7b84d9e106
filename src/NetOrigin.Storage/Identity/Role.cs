namespace NetOrigin.Storage.Identity;

/// <summary>What a user may do within their tenant.</summary>
public enum Role
{
    /// <summary>Reads everything but the audit log.</summary>
    Viewer,

    /// <summary>Imports inventories, starts assessments, requests waivers.</summary>
    Analyst,

    /// <summary>Approves or rejects waivers (never one they requested) and keeps the approved-manufacturers list.</summary>
    Approver,

    /// <summary>Reads everything, including the audit log.</summary>
    Auditor,

    /// <summary>Everything, including users and tokens.</summary>
    Admin,
}

public static class RoleNames
{
    public static string Name(this Role role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out Role role)
    {
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (string.Equals(candidate.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    public static string All => string.Join(", ", Enum.GetValues<Role>().Select(r => r.Name()));
}
