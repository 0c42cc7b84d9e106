using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using NetOrigin.Policies.Waivers;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Approvals;

/// <summary>
/// Waivers as data with their history: requested, approved or rejected (never by the one who requested it),
/// revoked. Every step is an event of the waiver and an entry of the audit log.
/// </summary>
public sealed class Waivers(Database database, AuditLog audit, TimeProvider clock)
{
    private const string Columns = "waiver_id, pack, scope, justification, granted, expires, state, requested_by, requested_at, decided_by, decided_at";

    public async Task<WaiverRecord> RequestAsync(Principal actor, string pack, WaiverScopeData scope, string justification, DateOnly granted, DateOnly expires, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(justification))
        {
            throw new StorageException("justification", "a waiver needs a justification");
        }

        if (expires <= granted)
        {
            throw new StorageException("expires", $"the waiver expires {Day(expires)}, not after it is granted {Day(granted)}");
        }

        if (scope.AssetIds.Count + scope.Sites.Count + scope.OwnerOrgs.Count + scope.Manufacturers.Count == 0 && scope.Designation is null && scope.Obligation is null)
        {
            throw new StorageException("scope", "a waiver scope names at least one of asset_ids, sites, owner_orgs, manufacturers, designation or obligation");
        }

        await using var session = await database.WriteAsync(cancellationToken);
        var id = await session.NextIdAsync();
        var at = StoredTime.Now(clock);
        await session.ExecuteAsync(
            $"INSERT INTO waivers (tenant_id, {Columns}) VALUES (@tenant, @id, @pack, @scope, @why, @granted, @expires, 'requested', @by, @at, NULL, NULL)",
            ("tenant", actor.TenantId), ("id", id), ("pack", pack), ("scope", JsonSerializer.Serialize(scope, Json)), ("why", justification), ("granted", granted), ("expires", expires), ("by", actor.Actor), ("at", at));
        await AddEventAsync(session, actor, id, "request", justification);
        await audit.AppendAsync(session, actor, "waiver.request", $"waiver/{id}", AuditEntry.DetailsOf(("pack", pack), ("granted", granted), ("expires", expires), ("justification", justification)));
        await session.CommitAsync();
        return (await GetAsync(session, actor.TenantId, id))!;
    }

    /// <summary>
    /// Approves or rejects a requested waiver. The requester can never decide their own waiver
    /// (<see cref="ForbiddenException"/>); a waiver no longer requested cannot be decided again.
    /// </summary>
    public async Task<WaiverRecord?> DecideAsync(Principal actor, long waiverId, bool approve, string? note, CancellationToken cancellationToken)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        var waiver = await LockAsync(session, actor.TenantId, waiverId);
        if (waiver is null)
        {
            return null;
        }

        if (string.Equals(waiver.RequestedBy, actor.Actor, StringComparison.Ordinal))
        {
            throw new ForbiddenException($"waiver {waiverId} was requested by {actor.Actor}; someone else must decide it");
        }

        if (waiver.State != WaiverStates.Requested)
        {
            throw new ConflictException($"waiver {waiverId} is {waiver.State} already");
        }

        var state = approve ? WaiverStates.Approved : WaiverStates.Rejected;
        await session.ExecuteAsync(
            "UPDATE waivers SET state = @state, decided_by = @by, decided_at = @at WHERE tenant_id = @tenant AND waiver_id = @id",
            ("state", state), ("by", actor.Actor), ("at", StoredTime.Now(clock)), ("tenant", actor.TenantId), ("id", waiverId));
        await AddEventAsync(session, actor, waiverId, approve ? "approve" : "reject", note);
        await audit.AppendAsync(session, actor, approve ? "waiver.approve" : "waiver.reject", $"waiver/{waiverId}", AuditEntry.DetailsOf(("note", note)));
        await session.CommitAsync();
        return await GetAsync(session, actor.TenantId, waiverId);
    }

    /// <summary>Revokes an approved waiver: later assessments no longer apply it.</summary>
    public async Task<WaiverRecord?> RevokeAsync(Principal actor, long waiverId, string? note, CancellationToken cancellationToken)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        var waiver = await LockAsync(session, actor.TenantId, waiverId);
        if (waiver is null)
        {
            return null;
        }

        if (waiver.State != WaiverStates.Approved)
        {
            throw new ConflictException($"waiver {waiverId} is {waiver.State}; only an approved waiver can be revoked");
        }

        await session.ExecuteAsync("UPDATE waivers SET state = 'revoked' WHERE tenant_id = @tenant AND waiver_id = @id", ("tenant", actor.TenantId), ("id", waiverId));
        await AddEventAsync(session, actor, waiverId, "revoke", note);
        await audit.AppendAsync(session, actor, "waiver.revoke", $"waiver/{waiverId}", AuditEntry.DetailsOf(("note", note)));
        await session.CommitAsync();
        return await GetAsync(session, actor.TenantId, waiverId);
    }

    public async Task<WaiverRecord?> GetAsync(long tenantId, long waiverId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await GetAsync(session, tenantId, waiverId);
    }

    public async Task<List<WaiverEvent>> HistoryAsync(long tenantId, long waiverId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.QueryAsync(
            "SELECT event_no, action, actor, at, note FROM waiver_events WHERE tenant_id = @tenant AND waiver_id = @id ORDER BY event_no",
            r => new WaiverEvent(r.GetInt32(0), r.GetString(1), r.GetString(2), r.Time(3), r.Text(4)),
            ("tenant", tenantId), ("id", waiverId));
    }

    public async Task<List<WaiverRecord>> ListAsync(long tenantId, string? state, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        (string, object?)[] parameters = state is null ? [("tenant", tenantId)] : [("tenant", tenantId), ("state", state)];
        return await session.QueryAsync(
            $"SELECT {Columns} FROM waivers WHERE tenant_id = @tenant{(state is null ? "" : " AND state = @state")} ORDER BY waiver_id",
            Read,
            parameters);
    }

    /// <summary>The tenant's approved waivers as the engine applies them (each only between its grant and expiry).</summary>
    public static async Task<WaiverBook> BookAsync(DbSession session, long tenantId)
    {
        var approved = await session.QueryAsync($"SELECT {Columns} FROM waivers WHERE tenant_id = @tenant AND state = 'approved' ORDER BY waiver_id", Read, ("tenant", tenantId));
        return WaiverBook.From("the waivers store", approved.Select(w => new Waiver(
            w.Name,
            new WaiverScope(
                w.Pack,
                w.Scope.Designation,
                w.Scope.Obligation,
                w.Scope.AssetIds.ToHashSet(StringComparer.Ordinal),
                w.Scope.Sites.ToHashSet(StringComparer.OrdinalIgnoreCase),
                w.Scope.OwnerOrgs.ToHashSet(StringComparer.OrdinalIgnoreCase),
                w.Scope.Manufacturers.ToHashSet(StringComparer.Ordinal)),
            w.Justification,
            w.DecidedBy ?? "?",
            w.Granted,
            w.Expires,
            $"requested by {w.RequestedBy}, approved by {w.DecidedBy} on {w.DecidedAt:yyyy-MM-dd}")));
    }

    private static Task<WaiverRecord?> GetAsync(DbSession session, long tenantId, long waiverId) =>
        session.SingleAsync($"SELECT {Columns} FROM waivers WHERE tenant_id = @tenant AND waiver_id = @id", Read, ("tenant", tenantId), ("id", waiverId));

    private static Task<WaiverRecord?> LockAsync(DbSession session, long tenantId, long waiverId) =>
        session.SingleAsync($"SELECT {Columns} FROM waivers WHERE tenant_id = @tenant AND waiver_id = @id{(session.Dialect.IsPostgres ? " FOR UPDATE" : "")}", Read, ("tenant", tenantId), ("id", waiverId));

    private async Task AddEventAsync(DbSession session, Principal actor, long waiverId, string action, string? note)
    {
        var next = await session.ScalarAsync<long>("SELECT coalesce(max(event_no), 0) + 1 FROM waiver_events WHERE tenant_id = @tenant AND waiver_id = @id", ("tenant", actor.TenantId), ("id", waiverId));
        await session.ExecuteAsync(
            "INSERT INTO waiver_events (tenant_id, waiver_id, event_no, action, actor, at, note) VALUES (@tenant, @id, @no, @action, @actor, @at, @note)",
            ("tenant", actor.TenantId), ("id", waiverId), ("no", (int)next), ("action", action), ("actor", actor.Actor), ("at", StoredTime.Now(clock)), ("note", note));
    }

    internal static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static WaiverRecord Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), JsonSerializer.Deserialize<WaiverScopeData>(r.GetString(2), Json)!, r.GetString(3), r.Date(4), r.Date(5), r.GetString(6), r.GetString(7), r.Time(8), r.Text(9), r.NullableTime(10));

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
