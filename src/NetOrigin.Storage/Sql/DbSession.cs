using System.Data.Common;
using System.Runtime.CompilerServices;

namespace NetOrigin.Storage.Sql;

/// <summary>
/// One connection, with a transaction when it writes. Statements are plain SQL with <c>@name</c> parameters, which
/// both engines accept; values are passed as (name, value) pairs.
/// </summary>
public sealed class DbSession(DbConnection connection, DbTransaction? transaction, SqlDialect dialect) : IAsyncDisposable
{
    public DbConnection Connection { get; } = connection;
    /// <summary>The open transaction; null for a read session, and after commit (the session then reads on without one).</summary>
    public DbTransaction? Transaction { get; private set; } = transaction;

    private DbTransaction? _committed;
    public SqlDialect Dialect { get; } = dialect;

    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        command.CommandTimeout = 300;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public async Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<T?> ScalarAsync<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public async Task<T?> SingleAsync<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
        where T : class
    {
        var rows = await QueryAsync(sql, map, parameters);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Rows one at a time, for results too large to hold (exports, comparisons, re-assessment).</summary>
    public async IAsyncEnumerable<T> StreamAsync<T>(string sql, Func<DbDataReader, T> map, [EnumeratorCancellation] CancellationToken cancellationToken = default, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return map(reader);
        }
    }

    /// <summary>A new id from the database's one counter (a sequence in PostgreSQL; a counter row in SQLite, under the write lock).</summary>
    public async Task<long> NextIdAsync() => await ScalarAsync<long>(Dialect.NextId);

    public async Task CommitAsync()
    {
        if (Transaction is null)
        {
            throw new InvalidOperationException("a read session has nothing to commit");
        }

        await Transaction.CommitAsync();
        _committed = Transaction;
        Transaction = null;
    }

    public async ValueTask DisposeAsync()
    {
        if ((Transaction ?? _committed) is { } transaction)
        {
            await transaction.DisposeAsync();
        }

        await Connection.DisposeAsync();
    }
}
