namespace NetOrigin.Server;

/// <summary>
/// How the server runs, from configuration (section "NetOrigin"; <c>netorigin serve</c> sets it from its options,
/// environment variables NETORIGIN__... work too).
/// </summary>
public sealed class ServerSettings
{
    public const string Section = "NetOrigin";

    /// <summary>Where the SQLite database (the default) and nothing else lives. Default: $XDG_DATA_HOME/netorigin or ~/.local/share/netorigin.</summary>
    public string? DataDir { get; set; }

    /// <summary>A PostgreSQL connection string or URL, or sqlite:PATH; default: SQLite in <see cref="DataDir"/>.</summary>
    public string? Database { get; set; }

    /// <summary>The reference data directory (default: the one shipped with NetOrigin).</summary>
    public string? ReferenceData { get; set; }

    /// <summary>The largest inventory upload accepted.</summary>
    public long MaxUploadBytes { get; set; } = 2L << 30;

    /// <summary>The largest body of any other request.</summary>
    public long MaxRequestBytes { get; set; } = 1 << 20;

    /// <summary>How long a job's lease lasts without a heartbeat before another server may take it over.</summary>
    public double JobLeaseSeconds { get; set; } = 30;

    /// <summary>Jobs run at once by this server (each assessment uses every core).</summary>
    public int JobWorkers { get; set; } = 1;

    /// <summary>How often an idle worker looks for a job.</summary>
    public double JobPollSeconds { get; set; } = 1;

    /// <summary>Re-assess each tenant's latest import when the reference data has changed since the server last ran.</summary>
    public bool ReassessOnDataChange { get; set; } = true;

    /// <summary>Failed sign-ins from one address within the window before it is refused for the rest of it.</summary>
    public int SignInFailuresAllowed { get; set; } = 10;

    public double SignInWindowSeconds { get; set; } = 300;

    public string ResolveDataDir()
    {
        if (!string.IsNullOrWhiteSpace(DataDir))
        {
            return Path.GetFullPath(DataDir);
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var root = string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share") : xdg;
        return Path.Combine(root, "netorigin");
    }
}
