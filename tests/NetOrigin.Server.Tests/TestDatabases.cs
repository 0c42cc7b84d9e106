using Npgsql;

namespace NetOrigin.Server.Tests;

/// <summary>
/// The two engines every store and API test runs on: SQLite (a file in a scratch directory) and a real PostgreSQL
/// (a database of its own on the cluster ./test.sh starts, named by NETORIGIN_TEST_POSTGRES).
/// </summary>
public static class TestDatabases
{
    public const string EnvironmentVariable = "NETORIGIN_TEST_POSTGRES";

    public static TheoryData<string> Engines => ["sqlite", "postgres"];

    /// <summary>A connection string for a new, empty database of <paramref name="engine"/>.</summary>
    public static string Create(string engine, string dataDir)
    {
        if (engine == "sqlite")
        {
            return "sqlite:" + Path.Combine(dataDir, "netorigin.db");
        }

        var admin = Environment.GetEnvironmentVariable(EnvironmentVariable)
            ?? throw new InvalidOperationException($"{EnvironmentVariable} is not set: run ./test.sh, which starts a throwaway PostgreSQL, or point it at one (Host=127.0.0.1;Port=...;Username=postgres)");
        var name = "nt_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
    }
}
