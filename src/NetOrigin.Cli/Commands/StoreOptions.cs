using NetOrigin.Server;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Cli.Commands;

/// <summary>--data-dir and --database: the server's store, opened and migrated, for commands that work on it directly.</summary>
internal static class StoreOptions
{
    public static int Use(CommandArguments options, Func<Database, Task<int>> work)
    {
        var settings = new ServerSettings { DataDir = options.Value("data-dir") };
        Database database;
        try
        {
            database = Database.Open(options.Value("database") ?? Environment.GetEnvironmentVariable(Database.EnvironmentVariable), settings.ResolveDataDir());
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }

        return Task.Run(async () =>
        {
            await using (database)
            {
                try
                {
                    await Migrator.MigrateAsync(database, TimeProvider.System);
                    return await work(database);
                }
                catch (System.Data.Common.DbException ex)
                {
                    throw new IOException($"{database.Description}: {ex.Message}", ex);
                }
            }
        }).GetAwaiter().GetResult();
    }
}
