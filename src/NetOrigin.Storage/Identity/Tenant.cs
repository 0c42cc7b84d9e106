namespace NetOrigin.Storage.Identity;

public sealed record Tenant(long Id, string Slug, string Name, DateTimeOffset CreatedAt);

public sealed record User(long Id, string Name, Role Role, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt);

public sealed record ApiToken(long Id, long UserId, string UserName, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);

/// <summary>A token just made: <see cref="Secret"/> is shown once and never stored (only its SHA-256 is).</summary>
public sealed record IssuedToken(ApiToken Token, string Secret);
