namespace NetOrigin.Policies;

/// <summary>The one-line fix for an unknown verdict: which column to add, or which key of a context file to set.</summary>
internal static class MissingFieldFix
{
    public static string For(string field) => field switch
    {
        "manufacturer" => "add a 'manufacturer' column, or a model, MAC address, sysObjectID or banner it can be identified by",
        "use" => "add a 'use' column (state-owned-enterprise, critical-information-infrastructure, government-facility, ...), set 'use' for its site or as a default in a --context file, or name its operator in 'owner_org'",
        "technology" => "add a 'technology' column (5g, 4g, ...) or set 'technology' for its site or as a default in a --context file",
        "routes_user_data" => "add a 'routes_user_data' column (true or false) or set 'routes_user_data' for its site or as a default in a --context file",
        "role" => "add a 'role' column (core, ran, transport, ...)",
        "installed" => "add an 'installed' (or 'acquired') column with the date, YYYY-MM-DD",
        "service_type" => "add a 'service_type' column (satellite, transit, ...)",
        _ => $"add a '{field}' column",
    };

    /// <summary>"unknown: record 'use' for this asset to decide (fix: ...)".</summary>
    public static string UnknownText(string field) => $"unknown: record '{field}' for this asset to decide (fix: {For(field)})";
}
