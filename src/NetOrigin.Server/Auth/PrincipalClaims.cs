using System.Globalization;
using System.Security.Claims;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Auth;

/// <summary>
/// A signed-in user as claims: the same claims whichever scheme signed them in (an API token now, a browser
/// cookie later), so endpoints and policies read one shape.
/// </summary>
public static class PrincipalClaims
{
    public const string TenantId = "netorigin:tenant_id";
    public const string Tenant = "netorigin:tenant";
    public const string UserId = "netorigin:user_id";

    public static ClaimsPrincipal ToClaims(Principal principal, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(TenantId, principal.TenantId.ToString(CultureInfo.InvariantCulture)),
            new Claim(Tenant, principal.TenantSlug),
            new Claim(UserId, principal.UserId.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, principal.UserName),
            new Claim(ClaimTypes.Role, principal.Role.Name()),
        ],
        scheme,
        ClaimTypes.Name,
        ClaimTypes.Role));

    /// <summary>The acting user of an authenticated request.</summary>
    public static Principal Principal(this ClaimsPrincipal user) => new(
        long.Parse(user.FindFirstValue(TenantId)!, CultureInfo.InvariantCulture),
        user.FindFirstValue(Tenant)!,
        long.Parse(user.FindFirstValue(UserId)!, CultureInfo.InvariantCulture),
        user.Identity!.Name!,
        RoleNames.TryParse(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : Role.Viewer);
}
