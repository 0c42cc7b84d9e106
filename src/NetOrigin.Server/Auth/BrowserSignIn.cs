using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Auth;

/// <summary>
/// Browser sign-in: an API token presented once on the sign-in page becomes a secure, HttpOnly, SameSite=Strict
/// cookie carrying the same claims (<see cref="PrincipalClaims"/>), so the permission policies hold for pages as
/// for the API. Each request re-reads the user, so a disabled user or a changed role takes effect at once.
/// </summary>
public static class BrowserSignIn
{
    public const string SchemeName = "Browser";

    /// <summary>The scheme that picks, per request, between the bearer token and the browser cookie.</summary>
    public const string Either = "TokenOrBrowser";

    public const string CookieName = "__Host-netorigin";

    public static AuthenticationBuilder AddSignIns(this IServiceCollection services)
    {
        var builder = services.AddAuthentication(Either)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddPolicyScheme(Either, "API token or browser cookie", options => options.ForwardDefaultSelector = Choose)
            .AddCookie(SchemeName, options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.Path = "/";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = "/signin";
                options.LogoutPath = "/signout";
                options.AccessDeniedPath = "/denied";
                options.Events.OnValidatePrincipal = RefreshAsync;
                options.Events.OnRedirectToLogin = context => AnswerApiOrRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => AnswerApiOrRedirect(context, StatusCodes.Status403Forbidden);
            });
        return builder;
    }

    /// <summary>
    /// A request with an Authorization header is an API client's. Without one, pages use the cookie, and so may the
    /// API's reads (export links); the API's changes never accept a cookie, so no other site can make a browser
    /// change anything through them.
    /// </summary>
    private static string Choose(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey("Authorization"))
        {
            return ApiTokenHandler.SchemeName;
        }

        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return SchemeName;
        }

        var read = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        return read && context.Request.Cookies.ContainsKey(CookieName) ? SchemeName : ApiTokenHandler.SchemeName;
    }

    /// <summary>
    /// A page sends the browser to sign in or to the denied page; an API route read with the cookie answers its
    /// status (a problem details body, as with a token), since no client of the API wants a redirect to a page.
    /// </summary>
    private static Task AnswerApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return ApiTokenHandler.RefuseAsync(context.HttpContext, context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>(), status);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task RefreshAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var signedIn = context.Principal.Principal();
        var accounts = context.HttpContext.RequestServices.GetRequiredService<Accounts>();
        var user = await accounts.UserAsync(signedIn.TenantId, signedIn.UserId, context.HttpContext.RequestAborted);
        if (user is null || user.DisabledAt is not null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SchemeName);
            return;
        }

        if (user.Role != signedIn.Role)
        {
            context.ReplacePrincipal(PrincipalClaims.ToClaims(signedIn with { Role = user.Role }, SchemeName));
            context.ShouldRenew = true;
        }
    }
}
