using Microsoft.AspNetCore.Mvc;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Web.Pages.Admin;

/// <summary>
/// Users and tokens (admins; the API's /users and /tokens): add a user with a role, change a role, disable or
/// enable; make a token — its secret shown on this one response and never again (only its hash is stored) — and
/// revoke one.
/// </summary>
[Requires(Permission.Administer)]
public sealed class IndexModel(Accounts accounts) : TenantPage
{
    public IReadOnlyList<User> Users { get; private set; } = [];
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];
    public IEnumerable<string> Roles => Enum.GetValues<Role>().Select(r => r.Name());

    /// <summary>The token just made, shown once.</summary>
    public IssuedToken? Issued { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddUserAsync(string name, string role, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Permission.Administer))
        {
            return Forbid();
        }

        await RunAsync(async () =>
        {
            if (!RoleNames.TryParse(role, out var parsed))
            {
                Problem = $"role '{role}' is not one of {RoleNames.All}";
                return;
            }

            await accounts.CreateUserAsync(Me, (name ?? "").Trim(), parsed, cancellationToken);
        });
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUpdateUserAsync(long userId, string? role, bool? disabled, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Permission.Administer))
        {
            return Forbid();
        }

        await RunAsync(async () =>
        {
            Role? newRole = null;
            if (role is not null)
            {
                if (!RoleNames.TryParse(role, out var parsed))
                {
                    Problem = $"role '{role}' is not one of {RoleNames.All}";
                    return;
                }

                newRole = parsed;
            }

            if (await accounts.UpdateUserAsync(Me, userId, newRole, disabled, cancellationToken) is null)
            {
                Problem = $"user {userId} does not exist in this tenant";
            }
        });
        return RedirectToPage();
    }

    /// <summary>Makes a token and answers with the page itself (no redirect), so the secret is never stored, not even in a cookie.</summary>
    public async Task<IActionResult> OnPostIssueTokenAsync(long userId, string? name, string? expires, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Permission.Administer))
        {
            return Forbid();
        }

        var (until, badDay) = Apis.InventoryUpload.Day("expires", expires);
        if (badDay is not null)
        {
            Problem = badDay.ProblemDetails.Detail;
            return RedirectToPage();
        }

        DateTimeOffset? expiresAt = until is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        Issued = await accounts.IssueTokenAsync(Me, userId, string.IsNullOrWhiteSpace(name) ? "api token" : name.Trim(), expiresAt, cancellationToken);
        if (Issued is null)
        {
            Problem = $"user {userId} does not exist in this tenant";
            return RedirectToPage();
        }

        Response.Headers.CacheControl = "no-store";
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(long tokenId, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Permission.Administer))
        {
            return Forbid();
        }

        if (!await accounts.RevokeTokenAsync(Me, tokenId, cancellationToken))
        {
            Problem = $"token {tokenId} does not exist in this tenant";
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await accounts.UsersAsync(Me.TenantId, cancellationToken);
        Tokens = await accounts.TokensAsync(Me.TenantId, cancellationToken);
    }
}
