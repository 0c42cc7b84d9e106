using NetOrigin.Server;

namespace NetOrigin.Cli.Commands;

/// <summary>netorigin serve: the NetOrigin server (REST API, durable jobs, history) on SQLite or PostgreSQL.</summary>
public sealed class ServeCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["data-dir", "urls", "database", "data", "max-upload-mb"];

    public string Name => "serve";

    public string Summary => "run the server: REST API under /api/v1, durable jobs, history, tenants, roles, audit log";

    public string Usage => """
        usage: netorigin serve [--data-dir DIR] [--urls URL] [--database CONNECTION] [--data DIR] [--max-upload-mb N]

          --data-dir   where the server keeps its state: the SQLite database (the default) and its keys
                       (default $XDG_DATA_HOME/netorigin, else ~/.local/share/netorigin)
          --urls       where to listen (default http://127.0.0.1:8080)
          --database   PostgreSQL instead of SQLite: a connection string (Host=...;Database=...;Username=...)
                       or a postgres:// URL; also $NETORIGIN_DATABASE
          --data       reference data directory (default: the one shipped with netorigin)
          --max-upload-mb  the largest inventory upload accepted (default 2048)

        The first start creates tenant 'default' with user 'admin' and prints the admin's API token once.
        API reference: /scalar/v1; OpenAPI: /openapi/v1.json; health: /health/live, /health/ready.
        """;

    public int Run(IReadOnlyList<string> args, Console console)
    {
        var options = CommandArguments.Parse(args, ValueOptions, new HashSet<string>());
        options.AllowPositionals(0);
        var settings = new List<string> { "--urls", options.Value("urls") ?? "http://127.0.0.1:8080" };
        void Set(string option, string key)
        {
            if (options.Value(option) is { } value)
            {
                settings.Add($"--{ServerSettings.Section}:{key}={value}");
            }
        }

        Set("data-dir", nameof(ServerSettings.DataDir));
        Set("database", nameof(ServerSettings.Database));
        Set("data", nameof(ServerSettings.ReferenceData));
        if (options.Has("max-upload-mb"))
        {
            settings.Add($"--{ServerSettings.Section}:{nameof(ServerSettings.MaxUploadBytes)}={(long)options.Int("max-upload-mb", 2048, 1, 1 << 20) << 20}");
        }

        try
        {
            ServerApp.Create([.. settings]).Run();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }

        return ExitCodes.Done;
    }
}
