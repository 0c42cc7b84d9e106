using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Audit;

/// <summary>
/// The tenant's tamper-evident log of changes. Each change appends its entry inside the transaction that makes the
/// change, so a change and its entry commit together or not at all. Appends of one tenant are serialised by the
/// tenant row, which also holds the chain's head.
/// </summary>
public sealed class AuditLog(TimeProvider clock)
{
    public const string SystemActor = "netorigin";

    public Task<AuditEntry> AppendAsync(DbSession session, Principal actor, string action, string target, string details) =>
        AppendAsync(session, actor.TenantId, actor.Actor, action, target, details);

    public async Task<AuditEntry> AppendAsync(DbSession session, long tenantId, string actor, string action, string target, string details)
    {
        var head = await session.SingleAsync(
            session.Dialect.IsPostgres
                ? "SELECT audit_seq, audit_hash FROM tenants WHERE tenant_id = @tenant FOR UPDATE"
                : "SELECT audit_seq, audit_hash FROM tenants WHERE tenant_id = @tenant",
            r => new Head(r.GetInt64(0), r.GetString(1)),
            ("tenant", tenantId)) ?? throw new InvalidOperationException($"no tenant {tenantId}");
        var seq = head.Seq + 1;
        var previous = head.Seq == 0 ? AuditEntry.Genesis : head.Hash;
        var at = StoredTime.Now(clock);
        var hash = AuditEntry.ComputeHash(tenantId, seq, at, actor, action, target, details, previous);
        await session.ExecuteAsync(
            "INSERT INTO audit_log (tenant_id, seq, at, actor, action, target, details, prev_hash, hash) VALUES (@tenant, @seq, @at, @actor, @action, @target, @details, @prev, @hash)",
            ("tenant", tenantId), ("seq", seq), ("at", at), ("actor", actor), ("action", action), ("target", target), ("details", details), ("prev", previous), ("hash", hash));
        await session.ExecuteAsync("UPDATE tenants SET audit_seq = @seq, audit_hash = @hash WHERE tenant_id = @tenant", ("seq", seq), ("hash", hash), ("tenant", tenantId));
        return new AuditEntry(tenantId, seq, at, actor, action, target, details, previous, hash);
    }

    /// <summary>A page of entries after <paramref name="afterSeq"/>, oldest first.</summary>
    public static async Task<List<AuditEntry>> PageAsync(Database database, long tenantId, long afterSeq, int limit, CancellationToken cancellationToken)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.QueryAsync(
            $"SELECT {Columns} FROM audit_log WHERE tenant_id = @tenant AND seq > @after ORDER BY seq LIMIT @limit",
            Read,
            ("tenant", tenantId), ("after", afterSeq), ("limit", limit));
    }

    /// <summary>
    /// Recomputes the tenant's chain from its first entry: every entry's hash from its content, every link to the
    /// entry before, no gap in the numbers, and the last entry equal to the head the tenant row keeps.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(Database database, long tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var head = await session.SingleAsync("SELECT audit_seq, audit_hash FROM tenants WHERE tenant_id = @tenant", r => new Head(r.GetInt64(0), r.GetString(1)), ("tenant", tenantId))
            ?? throw new InvalidOperationException($"no tenant {tenantId}");
        long expectedSeq = 1;
        var previous = AuditEntry.Genesis;
        long count = 0;
        await foreach (var entry in session.StreamAsync($"SELECT {Columns} FROM audit_log WHERE tenant_id = @tenant ORDER BY seq", Read, cancellationToken, ("tenant", tenantId)))
        {
            if (entry.Seq != expectedSeq)
            {
                return AuditVerification.Broken(count, expectedSeq, $"entry {expectedSeq} is missing: the chain goes from entry {expectedSeq - 1} to entry {entry.Seq}");
            }

            if (entry.PreviousHash != previous)
            {
                return AuditVerification.Broken(count, entry.Seq, $"entry {entry.Seq} does not link to entry {entry.Seq - 1}: it names {Short(entry.PreviousHash)} as the previous hash, which is {Short(previous)}");
            }

            if (entry.ExpectedHash != entry.Hash)
            {
                return AuditVerification.Broken(count, entry.Seq, $"entry {entry.Seq} ({entry.Action} {entry.Target} by {entry.Actor} at {entry.At:yyyy-MM-ddTHH:mm:ss.fffZ}) was changed after it was written: its content hashes to {Short(entry.ExpectedHash)}, not {Short(entry.Hash)}");
            }

            previous = entry.Hash;
            expectedSeq++;
            count++;
        }

        if (count != head.Seq || (head.Seq > 0 && previous != head.Hash))
        {
            return AuditVerification.Broken(count, count + 1, $"the chain ends at entry {count} but the tenant's head is entry {head.Seq} ({Short(head.Hash)}): entries after {count} were removed");
        }

        return new AuditVerification(true, count, null, null);
    }

    private const string Columns = "tenant_id, seq, at, actor, action, target, details, prev_hash, hash";

    private static AuditEntry Read(System.Data.Common.DbDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.Time(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8));

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;

    private sealed record Head(long Seq, string Hash);
}

/// <summary>The result of checking a chain: intact, or the first broken entry and why.</summary>
public sealed record AuditVerification(bool Intact, long EntriesChecked, long? FirstBrokenSeq, string? Problem)
{
    public static AuditVerification Broken(long checkedCount, long seq, string problem) => new(false, checkedCount, seq, problem);
}
