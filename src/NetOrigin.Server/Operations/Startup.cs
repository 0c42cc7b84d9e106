using NetOrigin.Storage.History;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Server.Operations;

/// <summary>
/// What must hold before the server takes requests: the schema is up to date, a first tenant and admin exist (the
/// admin's token is printed once, to standard output, never to the log), and a changed reference data set has
/// queued a re-assessment of every tenant's latest import.
/// </summary>
public sealed partial class Startup(Database database, Accounts accounts, Reassessment reassessment, ReferenceSnapshot reference, TimeProvider clock, ILogger<Startup> logger) : IHostedService
{
    /// <summary>Set once start-up is done: the readiness check waits for it.</summary>
    public bool Done { get; private set; }

    /// <summary>Where the first admin token is shown (standard output; tests read it there too).</summary>
    public static TextWriter TokenOutput { get; set; } = Console.Out;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await Migrator.MigrateAsync(database, clock, cancellationToken);
        Migrated(logger, database.Description, applied.Count, await Migrator.CurrentVersionAsync(database, cancellationToken));
        if (await accounts.BootstrapAsync(cancellationToken) is { } first)
        {
            await TokenOutput.WriteLineAsync($"""

                NetOrigin created tenant '{Accounts.DefaultTenant}' with user 'admin'. Its API token, shown only this once:

                    {first.Secret}

                Use it as: Authorization: Bearer <token>   (create more users and tokens with /api/v1/users)

                """);
            await TokenOutput.FlushAsync(cancellationToken);
        }

        var queued = await reassessment.OnStartAsync(cancellationToken);
        DataVersion(logger, reference.Hash, reference.Files, queued);
        Done = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Database {Database}: {Applied} migrations applied, schema version {Version}")]
    private static partial void Migrated(ILogger logger, string database, int applied, int version);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Reference data {Hash} ({Files} files); {Queued} re-assessments queued")]
    private static partial void DataVersion(ILogger logger, string hash, int files, int queued);
}
