using System.Data.Common;
using NetOrigin.Inventory;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Jobs;

/// <summary>
/// A complete import read back as the records it was read from: its assets (rebuilt through the asset factory) and
/// its rejected rows, in line order, so a re-assessment counts exactly what the import counted.
/// </summary>
internal sealed class StoredInventoryReader(Database database, ImportRecord import, CancellationToken cancellation = default) : IInventoryReader
{
    private const int Page = 8192;

    public IReadOnlyList<string> UnusedColumns => System.Text.Json.JsonSerializer.Deserialize<List<string>>(import.UnusedColumns) ?? [];

    public IEnumerable<InventoryRecord> Read()
    {
        using var assets = Pages(AssetPage).GetEnumerator();
        using var rejections = Pages(RejectionPage).GetEnumerator();
        var hasAsset = assets.MoveNext();
        var hasRejection = rejections.MoveNext();
        while (hasAsset || hasRejection)
        {
            if (hasAsset && (!hasRejection || assets.Current.Line <= rejections.Current.Line))
            {
                yield return assets.Current.Record;
                hasAsset = assets.MoveNext();
            }
            else
            {
                yield return rejections.Current.Record;
                hasRejection = rejections.MoveNext();
            }
        }
    }

    /// <summary>Rows page by page (keyset), so no query stays open while the records are assessed.</summary>
    private IEnumerable<(long Line, InventoryRecord Record)> Pages(Func<DbConnection, long, List<(long No, long Line, InventoryRecord Record)>> page)
    {
        long after = 0;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            List<(long No, long Line, InventoryRecord Record)> rows;
            using (var connection = database.OpenConnection())
            {
                rows = page(connection, after);
            }

            foreach (var row in rows)
            {
                yield return (row.Line, row.Record);
            }

            if (rows.Count < Page)
            {
                yield break;
            }

            after = rows[^1].No;
        }
    }

    private List<(long No, long Line, InventoryRecord Record)> AssetPage(DbConnection connection, long after)
    {
        var table = database.Dialect.Assets;
        using var command = Command(connection, $"SELECT {table.Number("a")}, a.line, a.fields FROM assets a WHERE {table.Range("a")} ORDER BY {table.Order("a")} LIMIT {Page}", after);
        using var reader = command.ExecuteReader();
        var rows = new List<(long, long, InventoryRecord)>(Page);
        while (reader.Read())
        {
            var line = reader.GetInt64(1);
            rows.Add((reader.GetInt64(0), line, InventoryRecord.Accept(AssetCodec.Decode(reader.GetFieldValue<byte[]>(2), import.FileName, line))));
        }

        return rows;
    }

    private List<(long No, long Line, InventoryRecord Record)> RejectionPage(DbConnection connection, long after)
    {
        using var command = Command(connection, $"SELECT rejection_no, line, reason, excerpt FROM import_rejections WHERE tenant_id = @tenant AND import_id = @owner AND rejection_no > @after AND rejection_no <= @upto ORDER BY rejection_no LIMIT {Page}", after);
        using var reader = command.ExecuteReader();
        var rows = new List<(long, long, InventoryRecord)>(Page);
        while (reader.Read())
        {
            var line = reader.GetInt64(1);
            rows.Add((reader.GetInt64(0), line, InventoryRecord.Reject(new Rejection(new SourceLocation(import.FileName, line), reader.GetString(2), reader.GetString(3)))));
        }

        return rows;
    }

    private DbCommand Command(DbConnection connection, string sql, long after)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in new (string, object)[] { ("tenant", import.TenantId), ("owner", import.Id), ("after", after), ("upto", SqlDialect.MaxRowsPerRun) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public void Dispose()
    {
    }
}
