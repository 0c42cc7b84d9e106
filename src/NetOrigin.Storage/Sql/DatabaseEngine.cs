namespace NetOrigin.Storage.Sql;

/// <summary>The SQL engines NetOrigin stores its data in.</summary>
public enum DatabaseEngine
{
    /// <summary>The embedded default: one file under the data directory, WAL mode, one writer at a time.</summary>
    Sqlite,

    /// <summary>For teams and scale: any number of stateless servers on one database.</summary>
    Postgres,
}
