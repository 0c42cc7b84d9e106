using System.Globalization;
using System.Reflection;

namespace NetOrigin.Storage.Sql;

/// <summary>
/// Applies the plain SQL migrations shipped in this assembly (Migrations/&lt;engine&gt;/NNNN_name.sql), in order,
/// each in its own transaction, and records each in <c>schema_version</c>. Servers starting at once on one
/// PostgreSQL take an advisory lock, so each migration runs once.
/// </summary>
public static class Migrator
{
    private const long AdvisoryLock = 0x4e65744f726967; // "NetOrig"

    public sealed record Migration(int Version, string Name, string Sql);

    /// <summary>The migrations for <paramref name="engine"/>, in version order.</summary>
    public static IReadOnlyList<Migration> For(DatabaseEngine engine)
    {
        var folder = engine == DatabaseEngine.Postgres ? "postgres" : "sqlite";
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"migrations/{folder}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Parse(n[prefix.Length..], Read(assembly, n)))
            .OrderBy(m => m.Version)
            .ToList();
    }

    /// <summary>Brings the schema up to date; returns the migrations it applied.</summary>
    public static async Task<IReadOnlyList<Migration>> MigrateAsync(Database database, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (database.Engine == DatabaseEngine.Sqlite)
        {
            // WAL is a property of the file: set once, before any transaction.
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        var applied = new List<Migration>();
        foreach (var migration in For(database.Engine))
        {
            await using var session = await database.WriteAsync(cancellationToken);
            if (database.Engine == DatabaseEngine.Postgres)
            {
                await session.ExecuteAsync("SELECT pg_advisory_xact_lock(@lock)", ("lock", AdvisoryLock));
            }

            await session.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)");
            var done = await session.ScalarAsync<long>("SELECT count(*) FROM schema_version WHERE version = @v", ("v", migration.Version));
            if (done > 0)
            {
                continue;
            }

            await session.ExecuteAsync(migration.Sql);
            await session.ExecuteAsync(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @name, @at)",
                ("v", migration.Version),
                ("name", migration.Name),
                ("at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
            await session.CommitAsync();
            applied.Add(migration);
        }

        return applied;
    }

    /// <summary>The version the database is at (0 before the first migration).</summary>
    public static async Task<int> CurrentVersionAsync(Database database, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        try
        {
            return (int)await session.ScalarAsync<long>("SELECT coalesce(max(version), 0) FROM schema_version");
        }
        catch (System.Data.Common.DbException)
        {
            return 0;
        }
    }

    private static Migration Parse(string file, string sql)
    {
        var underscore = file.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(file.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"migration '{file}' is not named NNNN_name.sql");
        }

        return new Migration(version, Path.GetFileNameWithoutExtension(file[(underscore + 1)..]), sql);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
