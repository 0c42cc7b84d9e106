using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Audit;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Sql;

namespace NetOrigin.Server.Apis;

/// <summary>Who is signed in; users and their tokens (admins); the audit log and its verification (auditors, admins).</summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (ClaimsPrincipal user) =>
            {
                var me = user.Principal();
                return TypedResults.Ok(new MeResponse(me.TenantSlug, me.UserId, me.UserName, me.Role.Name()));
            })
            .WithTags("Accounts").WithName("Me").WithSummary("The signed-in user, tenant and role").RequireAuthorization(Permission.Read.Policy());
        return api;
    }

    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Accounts").RequireAuthorization(Permission.Administer.Policy());
        users.MapGet("/", async (ClaimsPrincipal user, Accounts accounts, CancellationToken ct) => TypedResults.Ok((await accounts.UsersAsync(user.Principal().TenantId, ct)).Select(UserResponse.From).ToList()))
            .WithName("ListUsers").WithSummary("The tenant's users");
        users.MapPost("/", async Task<Results<Created<UserResponse>, ProblemHttpResult>> (UserRequest request, ClaimsPrincipal user, Accounts accounts, CancellationToken ct) =>
            {
                if (!RoleNames.TryParse(request.Role, out var role))
                {
                    return ApiResults.Invalid("role", $"role '{request.Role}' is not one of {RoleNames.All}");
                }

                var created = await accounts.CreateUserAsync(user.Principal(), request.Name, role, ct);
                return TypedResults.Created($"/api/v1/users/{created.Id}", UserResponse.From(created));
            })
            .WithName("CreateUser").WithSummary("Add a user with a role");
        users.MapPatch("/{userId:long}", async Task<Results<Ok<UserResponse>, ProblemHttpResult>> (long userId, UserUpdate update, ClaimsPrincipal user, Accounts accounts, CancellationToken ct) =>
            {
                Role? role = null;
                if (update.Role is not null)
                {
                    if (!RoleNames.TryParse(update.Role, out var parsed))
                    {
                        return ApiResults.Invalid("role", $"role '{update.Role}' is not one of {RoleNames.All}");
                    }

                    role = parsed;
                }

                return await accounts.UpdateUserAsync(user.Principal(), userId, role, update.Disabled, ct) is { } updated ? TypedResults.Ok(UserResponse.From(updated)) : ApiResults.NotFound($"user {userId}");
            })
            .WithName("UpdateUser").WithSummary("Change a user's role, or disable the user (and so their tokens)");
        users.MapPost("/{userId:long}/tokens", async Task<Results<Created<IssuedTokenResponse>, ProblemHttpResult>> (long userId, TokenRequest? request, ClaimsPrincipal user, Accounts accounts, CancellationToken ct) =>
                await accounts.IssueTokenAsync(user.Principal(), userId, request?.Name ?? "api token", request?.ExpiresAt?.ToUniversalTime(), ct) is { } issued
                    ? TypedResults.Created($"/api/v1/tokens/{issued.Token.Id}", new IssuedTokenResponse(TokenResponse.From(issued.Token), issued.Secret))
                    : ApiResults.NotFound($"user {userId}"))
            .WithName("CreateToken").WithSummary("Make an API token for a user; the secret is in this response only");

        var tokens = api.MapGroup("/tokens").WithTags("Accounts").RequireAuthorization(Permission.Administer.Policy());
        tokens.MapGet("/", async (ClaimsPrincipal user, Accounts accounts, CancellationToken ct) => TypedResults.Ok((await accounts.TokensAsync(user.Principal().TenantId, ct)).Select(TokenResponse.From).ToList()))
            .WithName("ListTokens").WithSummary("The tenant's tokens (never their secrets)");
        tokens.MapDelete("/{tokenId:long}", async Task<Results<NoContent, ProblemHttpResult>> (long tokenId, ClaimsPrincipal user, Accounts accounts, CancellationToken ct) =>
                await accounts.RevokeTokenAsync(user.Principal(), tokenId, ct) ? TypedResults.NoContent() : ApiResults.NotFound($"token {tokenId}"))
            .WithName("RevokeToken").WithSummary("Revoke a token");
        return api;
    }

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Permission.Audit.Policy());
        group.MapGet("/", async (ClaimsPrincipal user, Database database, long? after, int? limit, CancellationToken ct) =>
            {
                var size = ApiResults.Limit(limit);
                var entries = await AuditLog.PageAsync(database, user.Principal().TenantId, after ?? 0, size, ct);
                return TypedResults.Ok(new Page<AuditEntryResponse>(entries.Select(AuditEntryResponse.From).ToList(), entries.Count == size ? entries[^1].Seq.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
            })
            .WithName("ListAudit").WithSummary("The tenant's audit log, oldest first (keyset pages)");
        group.MapGet("/verify", async (ClaimsPrincipal user, Database database, CancellationToken ct) => TypedResults.Ok(await AuditLog.VerifyAsync(database, user.Principal().TenantId, ct)))
            .WithName("VerifyAudit").WithSummary("Recompute the SHA-256 chain; names the first broken entry");
        return group;
    }
}
