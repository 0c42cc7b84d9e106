using System.Data.Common;

namespace NetOrigin.Storage.Sql;

/// <summary>Reading columns the same way from both engines (SQLite keeps dates and times as text).</summary>
public static class RowReading
{
    public static string? Text(this DbDataReader row, int i) => row.IsDBNull(i) ? null : row.GetString(i);

    public static long? NullableLong(this DbDataReader row, int i) => row.IsDBNull(i) ? null : row.GetInt64(i);

    public static DateOnly Date(this DbDataReader row, int i) => row.GetFieldValue<DateOnly>(i);

    public static DateOnly? NullableDate(this DbDataReader row, int i) => row.IsDBNull(i) ? null : row.GetFieldValue<DateOnly>(i);

    public static DateTimeOffset Time(this DbDataReader row, int i) => row.GetFieldValue<DateTimeOffset>(i).ToUniversalTime();

    public static DateTimeOffset? NullableTime(this DbDataReader row, int i) => row.IsDBNull(i) ? null : row.GetFieldValue<DateTimeOffset>(i).ToUniversalTime();

    public static bool Bool(this DbDataReader row, int i) => row.GetFieldValue<object>(i) switch
    {
        bool b => b,
        long l => l != 0,
        int n => n != 0,
        var other => Convert.ToBoolean(other, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static byte[]? Bytes(this DbDataReader row, int i) => row.IsDBNull(i) ? null : row.GetFieldValue<byte[]>(i);
}

/// <summary>Times as stored: UTC, to the millisecond (both engines keep at least that, so a stored time reads back equal).</summary>
public static class StoredTime
{
    public static DateTimeOffset Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
