using System.Runtime.CompilerServices;
using NetOrigin.Policies;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.History;

/// <summary>One side of a changed finding.</summary>
public sealed record FindingState(FindingStatus Status, DateOnly? Deadline, string? Maker, string? Designation, string? Waiver);

/// <summary>A finding that differs between two runs: new (needs action now), resolved (no longer), or changed, and why.</summary>
public sealed record FindingChange(string AssetId, string? AssetName, string? Site, string Pack, string Change, string Reason, FindingState? From, FindingState? To);

/// <summary>
/// Compares two complete runs of a tenant finding by finding (matched by asset id and pack), streaming both in
/// asset order, and says why each differs: asset added or removed, maker re-identified, owner changed, list entry
/// added or removed, deadline passed, waiver granted, expired or revoked, the asset's data changed.
/// </summary>
public sealed class RunComparison(Database database)
{
    /// <summary>Statuses that call for someone to act.</summary>
    private static bool Open(FindingStatus status) => status is FindingStatus.Violation or FindingStatus.ActionRequired or FindingStatus.Unknown;

    private sealed record Side(string AssetId, string? Name, string? Site, string Pack, FindingState State, byte[] OwnerChain, byte[] Fields);

    public async IAsyncEnumerable<FindingChange> CompareAsync(RunRecord from, RunRecord to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var revoked = new HashSet<string>(StringComparer.Ordinal);
        await using (var session = await database.ReadAsync(cancellationToken))
        {
            revoked.UnionWith(await session.QueryAsync("SELECT waiver_id FROM waivers WHERE tenant_id = @tenant AND state = 'revoked'", r => $"waiver-{r.GetInt64(0)}", ("tenant", from.TenantId)));
        }

        await using var left = GroupsAsync(from, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using var right = GroupsAsync(to, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var hasLeft = await left.MoveNextAsync();
        var hasRight = await right.MoveNextAsync();
        while (hasLeft || hasRight)
        {
            var order = !hasLeft ? 1 : !hasRight ? -1 : ByteOrder(left.Current.Key, right.Current.Key);
            var before = order <= 0 ? left.Current.Rows : [];
            var after = order >= 0 ? right.Current.Rows : [];
            foreach (var change in Compare(before, after, from, to, revoked))
            {
                yield return change;
            }

            if (order <= 0)
            {
                hasLeft = await left.MoveNextAsync();
            }

            if (order >= 0)
            {
                hasRight = await right.MoveNextAsync();
            }
        }
    }

    private static IEnumerable<FindingChange> Compare(List<Side> before, List<Side> after, RunRecord from, RunRecord to, HashSet<string> revoked)
    {
        // Pair the findings of one asset id by pack (and by order, should an inventory repeat an id).
        var unmatched = after.ToList();
        foreach (var old in before)
        {
            var index = unmatched.FindIndex(n => n.Pack == old.Pack);
            var now = index >= 0 ? unmatched[index] : null;
            if (index >= 0)
            {
                unmatched.RemoveAt(index);
            }

            if (Describe(old, now, from, to, revoked, after.Count > 0) is { } change)
            {
                yield return change;
            }
        }

        foreach (var added in unmatched)
        {
            if (Describe(null, added, from, to, revoked, before.Count > 0) is { } change)
            {
                yield return change;
            }
        }
    }

    private static FindingChange? Describe(Side? old, Side? now, RunRecord from, RunRecord to, HashSet<string> revoked, bool assetOnOtherSide)
    {
        var o = old?.State;
        var n = now?.State;
        if (o is not null && n is not null && o.Status == n.Status && o.Deadline == n.Deadline && o.Designation == n.Designation && o.Maker == n.Maker)
        {
            return null;
        }

        var change = n is { } ns && Open(ns.Status) && (o is null || !Open(o.Status)) ? "new"
            : o is { } os && Open(os.Status) && (n is null || !Open(n.Status)) ? "resolved"
            : "changed";
        var reason = (old, now) switch
        {
            (null, { } added) => assetOnOtherSide || from.Packs.Any(p => p.Id == added.Pack) ? "asset_added" : "pack_added",
            ({ } gone, null) => assetOnOtherSide || to.Packs.All(p => p.Id != gone.Pack) ? (to.Packs.Any(p => p.Id == gone.Pack) ? "asset_removed" : "pack_not_assessed") : "asset_removed",
            _ => Why(old!, now!, to, revoked),
        };
        var side = now ?? old!;
        return new FindingChange(side.AssetId, side.Name, side.Site, side.Pack, change, reason, o, n);
    }

    private static string Why(Side old, Side now, RunRecord to, HashSet<string> revoked)
    {
        var (o, n) = (old.State, now.State);
        if (o.Maker != n.Maker)
        {
            return "maker_reidentified";
        }

        if (o.Waiver is { } waiver && n.Waiver is null)
        {
            return revoked.Contains(waiver) ? "waiver_revoked" : "waiver_expired";
        }

        if (o.Waiver is null && n.Waiver is not null)
        {
            return "waiver_granted";
        }

        if (o.Status == FindingStatus.ActionRequired && n.Status == FindingStatus.Violation && o.Deadline is { } deadline && deadline <= to.AsOf)
        {
            return "deadline_passed";
        }

        if (!old.OwnerChain.AsSpan().SequenceEqual(now.OwnerChain))
        {
            return "owner_changed";
        }

        if (n.Designation is not null && o.Designation != n.Designation)
        {
            return "list_entry_added";
        }

        if (o.Designation is not null && n.Designation is null)
        {
            return "list_entry_removed";
        }

        return !old.Fields.AsSpan().SequenceEqual(now.Fields) ? "asset_changed" : "evaluation_changed";
    }

    /// <summary>The order both engines sort text in here (UTF-8 bytes: SQLite's BINARY, PostgreSQL's "C").</summary>
    private static int ByteOrder(string a, string b) =>
        System.Text.Encoding.UTF8.GetBytes(a).AsSpan().SequenceCompareTo(System.Text.Encoding.UTF8.GetBytes(b));

    /// <summary>A run's findings grouped by asset id, in asset id order.</summary>
    private async IAsyncEnumerable<(string Key, List<Side> Rows)> GroupsAsync(RunRecord run, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var table = session.Dialect.Findings;
        var sql = $"SELECT a.asset_id, a.name, a.site, f.pack_no, f.status, f.deadline, f.maker_id, f.designation, f.waiver, f.owner_chain, a.fields FROM findings f {StoredFinding.AssetJoin(session.Dialect)} WHERE {table.Range("f")} ORDER BY a.asset_id{(session.Dialect.IsPostgres ? " COLLATE \"C\"" : "")}, {table.Order("f")}";
        string? key = null;
        var rows = new List<Side>();
        await foreach (var side in session.StreamAsync(
            sql,
            r => new Side(r.GetString(0), r.Text(1), r.Text(2), run.Packs[r.GetInt32(3)].Id, new FindingState((FindingStatus)r.GetInt32(4), r.NullableDate(5), r.Text(6), r.Text(7), r.Text(8)), r.GetFieldValue<byte[]>(9), r.GetFieldValue<byte[]>(10)),
            cancellationToken,
            ("tenant", run.TenantId), ("owner", run.Id), ("after", 0L), ("upto", SqlDialect.MaxRowsPerRun), ("import", run.ImportId)))
        {
            if (key is not null && !string.Equals(key, side.AssetId, StringComparison.Ordinal))
            {
                yield return (key, rows);
                rows = [];
            }

            key = side.AssetId;
            rows.Add(side);
        }

        if (key is not null)
        {
            yield return (key, rows);
        }
    }
}
