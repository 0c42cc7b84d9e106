using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Storage.Identity;

/// <summary>
/// Tenants, their users and API tokens. A token is <c>nor_TENANT_TOKEN_SECRET</c>: the tenant and token ids locate
/// its row (keyed by tenant, like every table), and only the SHA-256 of the 256-bit secret is stored, so a stolen
/// database gives no usable token.
/// </summary>
public sealed class Accounts(Database database, AuditLog audit, TimeProvider clock)
{
    public const string DefaultTenant = "default";
    private const string TokenPrefix = "nor_";

    /// <summary>
    /// Makes the first tenant and its admin when the database has no tenant yet, and returns the admin's token
    /// (shown once); null when there already is one. Servers starting together make it once.
    /// </summary>
    public async Task<IssuedToken?> BootstrapAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        if (database.Engine == DatabaseEngine.Postgres)
        {
            await session.ExecuteAsync("LOCK TABLE tenants IN EXCLUSIVE MODE");
        }

        if (await session.ScalarAsync<long>("SELECT count(*) FROM tenants") > 0)
        {
            return null;
        }

        var issued = await CreateTenantAsync(session, DefaultTenant, "Default organisation");
        await session.CommitAsync();
        return issued;
    }

    /// <summary>A new tenant with an admin user "admin" and that user's first token.</summary>
    public async Task<IssuedToken> CreateTenantAsync(string slug, string name, CancellationToken cancellationToken = default)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        var issued = await CreateTenantAsync(session, slug, name);
        await session.CommitAsync();
        return issued;
    }

    private async Task<IssuedToken> CreateTenantAsync(DbSession session, string slug, string name)
    {
        if (!IsSlug(slug))
        {
            throw new StorageException("slug", $"tenant '{slug}': use 1 to 40 lower-case letters, digits and hyphens");
        }

        if (await session.ScalarAsync<long>("SELECT count(*) FROM tenants WHERE slug = @slug", ("slug", slug)) > 0)
        {
            throw new ConflictException($"tenant '{slug}' exists already");
        }

        var tenantId = await session.NextIdAsync();
        await session.ExecuteAsync(
            "INSERT INTO tenants (tenant_id, slug, name, created_at) VALUES (@id, @slug, @name, @at)",
            ("id", tenantId), ("slug", slug), ("name", name), ("at", StoredTime.Now(clock)));
        await audit.AppendAsync(session, tenantId, AuditLog.SystemActor, "tenant.create", $"tenant/{slug}", AuditEntry.DetailsOf(("name", name)));
        var admin = await CreateUserAsync(session, tenantId, AuditLog.SystemActor, "admin", Role.Admin);
        return await IssueTokenAsync(session, tenantId, AuditLog.SystemActor, admin, "first admin token", null);
    }

    public async Task<Tenant?> TenantAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.SingleAsync("SELECT tenant_id, slug, name, created_at FROM tenants WHERE slug = @slug", r => new Tenant(r.GetInt64(0), r.GetString(1), r.GetString(2), r.Time(3)), ("slug", slug));
    }

    public async Task<List<Tenant>> TenantsAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.QueryAsync("SELECT tenant_id, slug, name, created_at FROM tenants ORDER BY tenant_id", r => new Tenant(r.GetInt64(0), r.GetString(1), r.GetString(2), r.Time(3)));
    }

    public async Task<User> CreateUserAsync(Principal actor, string name, Role role, CancellationToken cancellationToken = default)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        var user = await CreateUserAsync(session, actor.TenantId, actor.Actor, name, role);
        await session.CommitAsync();
        return user;
    }

    private async Task<User> CreateUserAsync(DbSession session, long tenantId, string actor, string name, Role role)
    {
        name = name.Trim();
        if (name.Length is 0 or > 100 || name.Any(char.IsControl))
        {
            throw new StorageException("name", "a user name is 1 to 100 printable characters");
        }

        if (await session.ScalarAsync<long>("SELECT count(*) FROM users WHERE tenant_id = @tenant AND name = @name", ("tenant", tenantId), ("name", name)) > 0)
        {
            throw new ConflictException($"user '{name}' exists already");
        }

        var id = await session.NextIdAsync();
        var at = StoredTime.Now(clock);
        await session.ExecuteAsync(
            "INSERT INTO users (tenant_id, user_id, name, role, created_at) VALUES (@tenant, @id, @name, @role, @at)",
            ("tenant", tenantId), ("id", id), ("name", name), ("role", role.Name()), ("at", at));
        await audit.AppendAsync(session, tenantId, actor, "user.create", $"user/{id}", AuditEntry.DetailsOf(("name", name), ("role", role.Name())));
        return new User(id, name, role, at, null);
    }

    public async Task<List<User>> UsersAsync(long tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.QueryAsync($"SELECT {UserColumns} FROM users WHERE tenant_id = @tenant ORDER BY user_id", ReadUser, ("tenant", tenantId));
    }

    public async Task<User?> UserAsync(long tenantId, long userId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.SingleAsync($"SELECT {UserColumns} FROM users WHERE tenant_id = @tenant AND user_id = @id", ReadUser, ("tenant", tenantId), ("id", userId));
    }

    /// <summary>Changes a user's role or disables the user (whose tokens then stop working); null when no such user.</summary>
    public async Task<User?> UpdateUserAsync(Principal actor, long userId, Role? role, bool? disabled, CancellationToken cancellationToken = default)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        var user = await session.SingleAsync($"SELECT {UserColumns} FROM users WHERE tenant_id = @tenant AND user_id = @id", ReadUser, ("tenant", actor.TenantId), ("id", userId));
        if (user is null)
        {
            return null;
        }

        if (userId == actor.UserId && (disabled == true || (role is { } r && r != Role.Admin)))
        {
            throw new ConflictException("an admin cannot disable or demote themselves (another admin can)");
        }

        var updated = user with
        {
            Role = role ?? user.Role,
            DisabledAt = disabled switch { true => user.DisabledAt ?? StoredTime.Now(clock), false => null, null => user.DisabledAt },
        };
        await session.ExecuteAsync(
            "UPDATE users SET role = @role, disabled_at = @disabled WHERE tenant_id = @tenant AND user_id = @id",
            ("role", updated.Role.Name()), ("disabled", updated.DisabledAt), ("tenant", actor.TenantId), ("id", userId));
        await audit.AppendAsync(session, actor, "user.update", $"user/{userId}", AuditEntry.DetailsOf(("name", user.Name), ("role", updated.Role.Name()), ("disabled", updated.DisabledAt is not null)));
        await session.CommitAsync();
        return updated;
    }

    public async Task<IssuedToken?> IssueTokenAsync(Principal actor, long userId, string name, DateTimeOffset? expires, CancellationToken cancellationToken = default)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        var user = await session.SingleAsync($"SELECT {UserColumns} FROM users WHERE tenant_id = @tenant AND user_id = @id", ReadUser, ("tenant", actor.TenantId), ("id", userId));
        if (user is null)
        {
            return null;
        }

        var issued = await IssueTokenAsync(session, actor.TenantId, actor.Actor, user, name, expires);
        await session.CommitAsync();
        return issued;
    }

    private async Task<IssuedToken> IssueTokenAsync(DbSession session, long tenantId, string actor, User user, string name, DateTimeOffset? expires)
    {
        var id = await session.NextIdAsync();
        var secret = RandomNumberGenerator.GetBytes(32);
        var at = StoredTime.Now(clock);
        await session.ExecuteAsync(
            "INSERT INTO api_tokens (tenant_id, token_id, user_id, name, secret_hash, created_at, expires_at) VALUES (@tenant, @id, @user, @name, @hash, @at, @expires)",
            ("tenant", tenantId), ("id", id), ("user", user.Id), ("name", name), ("hash", SHA256.HashData(secret)), ("at", at), ("expires", expires));
        await audit.AppendAsync(session, tenantId, actor, "token.create", $"token/{id}", AuditEntry.DetailsOf(("user", user.Name), ("name", name)));
        var text = string.Create(CultureInfo.InvariantCulture, $"{TokenPrefix}{tenantId}_{id}_{Base64Url.EncodeToString(secret)}");
        return new IssuedToken(new ApiToken(id, user.Id, user.Name, name, at, expires, null), text);
    }

    public async Task<List<ApiToken>> TokensAsync(long tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return await session.QueryAsync(
            "SELECT t.token_id, t.user_id, u.name, t.name, t.created_at, t.expires_at, t.revoked_at FROM api_tokens t JOIN users u ON u.tenant_id = t.tenant_id AND u.user_id = t.user_id WHERE t.tenant_id = @tenant ORDER BY t.token_id",
            r => new ApiToken(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.Time(4), r.NullableTime(5), r.NullableTime(6)),
            ("tenant", tenantId));
    }

    /// <summary>Revokes a token of the actor's tenant; false when there is no such token.</summary>
    public async Task<bool> RevokeTokenAsync(Principal actor, long tokenId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.WriteAsync(cancellationToken);
        var changed = await session.ExecuteAsync(
            "UPDATE api_tokens SET revoked_at = @at WHERE tenant_id = @tenant AND token_id = @id AND revoked_at IS NULL",
            ("at", StoredTime.Now(clock)), ("tenant", actor.TenantId), ("id", tokenId));
        if (changed == 0)
        {
            return await session.ScalarAsync<long>("SELECT count(*) FROM api_tokens WHERE tenant_id = @tenant AND token_id = @id", ("tenant", actor.TenantId), ("id", tokenId)) > 0;
        }

        await audit.AppendAsync(session, actor, "token.revoke", $"token/{tokenId}", "{}");
        await session.CommitAsync();
        return true;
    }

    /// <summary>
    /// The principal a presented token stands for, or null: malformed, unknown, revoked, expired, or of a disabled
    /// user. The secret is compared in constant time.
    /// </summary>
    public async Task<Principal?> AuthenticateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!TryParse(presented, out var tenantId, out var tokenId, out var secret))
        {
            return null;
        }

        await using var session = await database.ReadAsync(cancellationToken);
        var row = await session.SingleAsync(
            "SELECT t.secret_hash, t.expires_at, t.revoked_at, u.user_id, u.name, u.role, u.disabled_at, n.slug FROM api_tokens t " +
            "JOIN users u ON u.tenant_id = t.tenant_id AND u.user_id = t.user_id JOIN tenants n ON n.tenant_id = t.tenant_id " +
            "WHERE t.tenant_id = @tenant AND t.token_id = @id",
            r => new TokenRow(r.Bytes(0)!, r.NullableTime(1), r.NullableTime(2), r.GetInt64(3), r.GetString(4), r.GetString(5), r.NullableTime(6), r.GetString(7)),
            ("tenant", tenantId), ("id", tokenId));
        var now = clock.GetUtcNow();
        if (row is null
            || !CryptographicOperations.FixedTimeEquals(SHA256.HashData(secret), row.Hash)
            || row.Revoked is not null
            || row.Expires <= now
            || row.Disabled is not null
            || !RoleNames.TryParse(row.Role, out var role))
        {
            return null;
        }

        return new Principal(tenantId, row.Slug, row.UserId, row.UserName, role);
    }

    private static bool TryParse(string presented, out long tenantId, out long tokenId, out byte[] secret)
    {
        tenantId = tokenId = 0;
        secret = [];
        if (presented.Length > 200 || !presented.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = presented[TokenPrefix.Length..].Split('_', 3);
        if (parts.Length != 3
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out tenantId)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out tokenId))
        {
            return false;
        }

        try
        {
            secret = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException)
        {
            return false;
        }

        return secret.Length == 32;
    }

    public static bool IsSlug(string slug) =>
        slug.Length is > 0 and <= 40 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && slug[0] != '-' && slug[^1] != '-';

    private const string UserColumns = "user_id, name, role, created_at, disabled_at";

    private static User ReadUser(System.Data.Common.DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), RoleNames.TryParse(r.GetString(2), out var role) ? role : Role.Viewer, r.Time(3), r.NullableTime(4));

    private sealed record TokenRow(byte[] Hash, DateTimeOffset? Expires, DateTimeOffset? Revoked, long UserId, string UserName, string Role, DateTimeOffset? Disabled, string Slug);
}
