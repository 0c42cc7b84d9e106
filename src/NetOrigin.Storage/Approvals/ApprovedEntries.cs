using System.Data.Common;
using System.Text.Json;
using NetOrigin.Inventory;
using NetOrigin.Policies.Approval;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Approvals;

/// <summary>
/// The tenant's approved-manufacturers list with its history: every addition, change and removal is a new version
/// of its entry (none is overwritten), and an entry of the audit log.
/// </summary>
public sealed class ApprovedEntries(Database database, AuditLog audit, TimeProvider clock)
{
    private const string Columns = "entry_id, version, manufacturer, product, roles, categories, conditions, expires, removed, changed_by, changed_at";

    /// <summary>Adds an entry (<paramref name="entryId"/> null) or a new version of one; null when that entry does not exist.</summary>
    public async Task<ApprovedEntryRecord?> SaveAsync(Principal actor, long? entryId, string? manufacturer, string? product, IReadOnlyList<string> roles, IReadOnlyList<string> categories, string? conditions, DateOnly? expires, CancellationToken cancellationToken)
    {
        if (manufacturer is null && product is null)
        {
            throw new StorageException("manufacturer", "an approved entry names a manufacturer (organisation id), a product pattern, or both");
        }

        foreach (var role in roles)
        {
            if (!AssetVocabulary.TryParseRole(role, out _, out var reason))
            {
                throw new StorageException("roles", reason!);
            }
        }

        foreach (var category in categories)
        {
            if (!AssetVocabulary.TryParseCategory(category, out _, out var reason))
            {
                throw new StorageException("categories", reason!);
            }
        }

        await using var session = await database.WriteAsync(cancellationToken);
        var version = 1;
        if (entryId is { } existing)
        {
            var current = await CurrentAsync(session, actor.TenantId, existing);
            if (current is null)
            {
                return null;
            }

            version = current.Version + 1;
        }

        var id = entryId ?? await session.NextIdAsync();
        await WriteVersionAsync(session, actor, id, version, manufacturer, product, roles, categories, conditions, expires, removed: false);
        await audit.AppendAsync(session, actor, entryId is null ? "approved.add" : "approved.change", $"approved/{id}", AuditEntry.DetailsOf(("version", version), ("manufacturer", manufacturer), ("product", product), ("expires", expires)));
        await session.CommitAsync();
        return await CurrentAsync(session, actor.TenantId, id);
    }

    /// <summary>Removes an entry (as a new version marked removed); false when there is no such current entry.</summary>
    public async Task<bool> RemoveAsync(Principal actor, long entryId, CancellationToken cancellationToken)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        var current = await CurrentAsync(session, actor.TenantId, entryId);
        if (current is null || current.Removed)
        {
            return false;
        }

        await WriteVersionAsync(session, actor, entryId, current.Version + 1, current.Manufacturer, current.Product, current.Roles, current.Categories, current.Conditions, current.Expires, removed: true);
        await audit.AppendAsync(session, actor, "approved.remove", $"approved/{entryId}", AuditEntry.DetailsOf(("version", current.Version + 1)));
        await session.CommitAsync();
        return true;
    }

    /// <summary>The current entries (latest version of each, not removed).</summary>
    public async Task<List<ApprovedEntryRecord>> ListAsync(long tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await CurrentEntriesAsync(session, tenantId);
    }

    /// <summary>Every version of one entry, oldest first.</summary>
    public async Task<List<ApprovedEntryRecord>> HistoryAsync(long tenantId, long entryId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.QueryAsync($"SELECT {Columns} FROM approved_entries WHERE tenant_id = @tenant AND entry_id = @id ORDER BY version", Read, ("tenant", tenantId), ("id", entryId));
    }

    /// <summary>
    /// The list as the engine applies it; null when the tenant has never kept one (packs that need a list then
    /// report <c>unknown</c> rather than flag every asset).
    /// </summary>
    public static async Task<ApprovedList?> ListForAssessmentAsync(DbSession session, long tenantId)
    {
        if (await session.ScalarAsync<long>("SELECT count(*) FROM approved_entries WHERE tenant_id = @tenant", ("tenant", tenantId)) == 0)
        {
            return null;
        }

        var entries = await CurrentEntriesAsync(session, tenantId);
        return ApprovedList.From("the approved list", entries.Select(e => new ApprovedEntry(
            $"entry-{e.Id}",
            e.Manufacturer,
            e.Product,
            e.Roles.Select(r => AssetVocabulary.TryParseRole(r, out var role, out _) ? role : AssetRole.Other).ToHashSet(),
            e.Categories.Select(c => AssetVocabulary.TryParseCategory(c, out var category, out _) ? category : c).ToHashSet(StringComparer.Ordinal),
            e.Conditions,
            e.Expires,
            e.ChangedBy,
            $"entry {e.Id} version {e.Version}")));
    }

    private static async Task<List<ApprovedEntryRecord>> CurrentEntriesAsync(DbSession session, long tenantId) =>
        await session.QueryAsync(
            $"SELECT {Columns} FROM approved_entries a WHERE tenant_id = @tenant AND removed = @no AND version = (SELECT max(version) FROM approved_entries b WHERE b.tenant_id = a.tenant_id AND b.entry_id = a.entry_id) ORDER BY entry_id",
            Read,
            ("tenant", tenantId), ("no", false));

    private static Task<ApprovedEntryRecord?> CurrentAsync(DbSession session, long tenantId, long entryId) =>
        session.SingleAsync($"SELECT {Columns} FROM approved_entries WHERE tenant_id = @tenant AND entry_id = @id ORDER BY version DESC LIMIT 1", Read, ("tenant", tenantId), ("id", entryId));

    private async Task WriteVersionAsync(DbSession session, Principal actor, long id, int version, string? manufacturer, string? product, IReadOnlyList<string> roles, IReadOnlyList<string> categories, string? conditions, DateOnly? expires, bool removed) =>
        await session.ExecuteAsync(
            $"INSERT INTO approved_entries (tenant_id, {Columns}) VALUES (@tenant, @id, @version, @maker, @product, @roles, @categories, @conditions, @expires, @removed, @by, @at)",
            ("tenant", actor.TenantId), ("id", id), ("version", version), ("maker", manufacturer), ("product", product), ("roles", JsonSerializer.Serialize(roles)), ("categories", JsonSerializer.Serialize(categories)),
            ("conditions", conditions), ("expires", expires), ("removed", removed), ("by", actor.Actor), ("at", StoredTime.Now(clock)));

    private static ApprovedEntryRecord Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt32(1), r.Text(2), r.Text(3), JsonSerializer.Deserialize<List<string>>(r.GetString(4))!, JsonSerializer.Deserialize<List<string>>(r.GetString(5))!, r.Text(6), r.NullableDate(7), r.Bool(8), r.GetString(9), r.Time(10));
}
