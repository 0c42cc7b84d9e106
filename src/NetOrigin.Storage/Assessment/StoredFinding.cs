using System.Data.Common;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Assessment;

/// <summary>A finding as read back, with the asset it is about.</summary>
public sealed record StoredFinding(
    long FindingNo,
    long AssetNo,
    int PackNo,
    int Status,
    DateOnly? Deadline,
    string? MakerId,
    string? Designation,
    string? Obligation,
    string? MissingField,
    string? Waiver,
    byte[] Manufacturer,
    byte[] OwnerChain,
    byte[] Evidence,
    string? EvidenceValues,
    string AssetId,
    string? AssetName,
    string? Site,
    long Line)
{
    /// <summary>The columns, over findings f joined to assets a.</summary>
    internal static string Columns(BulkTable findings) =>
        $"{findings.Number("f")}, f.asset_no, f.pack_no, f.status, f.deadline, f.maker_id, f.designation, f.obligation, f.missing_field, f.waiver, f.manufacturer, f.owner_chain, f.evidence, f.evidence_values, a.asset_id, a.name, a.site, a.line";

    /// <summary>The join from findings f to their assets a (the run's import is @import).</summary>
    internal static string AssetJoin(SqlDialect dialect) => dialect.IsPostgres
        ? "JOIN assets a ON a.tenant_id = f.tenant_id AND a.import_id = @import AND a.asset_no = f.asset_no"
        : $"JOIN assets a ON a.asset_key = @import * {1L << SqlDialect.RowBits} + f.asset_no";

    internal static StoredFinding Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetInt32(2), r.GetInt32(3), r.NullableDate(4), r.Text(5), r.Text(6), r.Text(7), r.Text(8), r.Text(9),
        r.GetFieldValue<byte[]>(10), r.GetFieldValue<byte[]>(11), r.GetFieldValue<byte[]>(12), r.Text(13), r.GetString(14), r.Text(15), r.Text(16), r.GetInt64(17));
}
