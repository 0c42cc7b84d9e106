using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace NetOrigin.Storage.Sql;

/// <summary>
/// The database NetOrigin keeps its state in: SQLite (one file, the default) or PostgreSQL (chosen by a connection
/// string). Hands out open connections and write sessions; everything above it speaks plain SQL through
/// <see cref="DbSession"/>, with the few engine differences in <see cref="SqlDialect"/>.
/// </summary>
public sealed class Database : IAsyncDisposable
{
    /// <summary>The environment variable that names the database when --database is not given.</summary>
    public const string EnvironmentVariable = "NETORIGIN_DATABASE";

    private readonly NpgsqlDataSource? _postgres;
    private readonly string? _sqlite;

    private Database(DatabaseEngine engine, NpgsqlDataSource? postgres, string? sqlite, string description)
    {
        Engine = engine;
        _postgres = postgres;
        _sqlite = sqlite;
        Description = description;
        Dialect = new SqlDialect(engine);
    }

    public DatabaseEngine Engine { get; }
    public SqlDialect Dialect { get; }

    /// <summary>Where the data is, for people and logs: never a password.</summary>
    public string Description { get; }

    /// <summary>
    /// The database <paramref name="connection"/> names: a PostgreSQL connection string (<c>Host=...</c>) or URL
    /// (<c>postgres://user@host/db</c>), or a SQLite file (<c>sqlite:PATH</c>, a path ending in .db). Without one,
    /// the SQLite file <c>netorigin.db</c> in <paramref name="dataDirectory"/>.
    /// </summary>
    public static Database Open(string? connection, string dataDirectory)
    {
        connection = string.IsNullOrWhiteSpace(connection) ? null : connection.Trim();
        if (connection is null)
        {
            Directory.CreateDirectory(dataDirectory);
            return Sqlite(Path.Combine(dataDirectory, "netorigin.db"));
        }

        if (connection.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite(connection["sqlite:".Length..]);
        }

        if (connection.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || connection.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(PostgresUrl.ToConnectionString(connection));
        }

        if (connection.Contains('=', StringComparison.Ordinal))
        {
            return Postgres(connection);
        }

        if (connection.EndsWith(".db", StringComparison.OrdinalIgnoreCase) || connection.EndsWith(".sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite(connection);
        }

        throw new ArgumentException($"--database '{connection}' is neither a PostgreSQL connection string (Host=...;Database=...), a postgres:// URL nor a SQLite file (sqlite:PATH)");
    }

    private static Database Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,

            // A writer waits for the one before it (SQLite has one writer at a time) instead of failing at once.
            DefaultTimeout = 120,
        };
        return new Database(DatabaseEngine.Sqlite, null, builder.ToString(), $"SQLite {full}");
    }

    private static Database Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        builder.ApplicationName ??= "netorigin";
        return new Database(DatabaseEngine.Postgres, NpgsqlDataSource.Create(builder.ConnectionString), null, description);
    }

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_sqlite);
        await connection.OpenAsync(cancellationToken);

        // WAL with NORMAL synchronisation survives a killed process (only an operating-system crash can lose the
        // last commits); readers never wait for the writer.
        using var pragma = connection.CreateCommand();
        // The page cache is per connection and pooled connections keep theirs: 4 MiB each keeps 64 concurrent
        // readers within 256 MiB (the bulk writers' own connections get more).
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -4096;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>An open connection for the bulk writers of jobs, which run on threads of their own.</summary>
    public DbConnection OpenConnection()
    {
        if (_postgres is not null)
        {
            return _postgres.OpenConnection();
        }

        var connection = new SqliteConnection(_sqlite);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>
    /// The connection a job's bulk writer inserts through (SQLite; PostgreSQL's is <see cref="OpenConnection"/>).
    /// Synchronisation stays NORMAL: in WAL mode a commit is appended to the log and only checkpoints sync, so
    /// a killed process loses nothing committed, and what an operating-system crash can lose is the latest commits,
    /// never the integrity of the file (OFF could break that, for data already visible too, so it is not used).
    /// What changes is when the log is copied back into the file: every 1,000 pages by default, which in a bulk
    /// load means after every batch, each time copying the same hot index pages again. Checkpointing every 32,768
    /// pages (128 MiB of log) copies each page once per many batches; the log is cut back to 64 MiB afterwards.
    /// A checkpoint never changes what readers see, so the job's rows stay invisible until the job completes. The
    /// connection is not pooled, so these settings never reach the connections requests use.
    /// </summary>
    internal DbConnection OpenBulkConnection()
    {
        if (_postgres is not null)
        {
            return _postgres.OpenConnection();
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_sqlite) { Pooling = false }.ToString());
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 32768; PRAGMA journal_size_limit = 67108864;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>A read session: no transaction, for queries.</summary>
    public async Task<DbSession> ReadAsync(CancellationToken cancellationToken = default) =>
        new(await OpenConnectionAsync(cancellationToken), null, Dialect);

    /// <summary>
    /// A write session in a transaction: SQLite takes its one write lock at once (BEGIN IMMEDIATE), so two
    /// writers never deadlock upgrading; PostgreSQL runs read committed, and code that must serialise takes row locks.
    /// </summary>
    public async Task<DbSession> WriteAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new DbSession(connection, transaction, Dialect);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_sqlite is not null)
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
