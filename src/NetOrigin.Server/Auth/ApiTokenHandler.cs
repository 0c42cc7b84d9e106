using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Auth;

/// <summary>
/// Signs in API clients by their bearer token (<c>Authorization: Bearer nor_...</c>). Failures count towards the
/// sign-in throttle; a throttled address gets 429 with Retry-After, whatever it sends.
/// </summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Accounts accounts, SignInThrottle throttle, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string Throttled = "netorigin:throttled";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        var address = Context.Connection.RemoteIpAddress;
        if (throttle.IsBlocked(address, out var retryAfter))
        {
            Context.Items[Throttled] = retryAfter;
            return AuthenticateResult.Fail("too many failed sign-ins from this address");
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throttle.Failed(address);
            return AuthenticateResult.Fail("the Authorization header is not a bearer token");
        }

        var principal = await accounts.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (principal is null)
        {
            throttle.Failed(address);
            return AuthenticateResult.Fail("the token is unknown, revoked or expired");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(PrincipalClaims.ToClaims(principal, SchemeName), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items.TryGetValue(Throttled, out var value) && value is TimeSpan retryAfter)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await Problem("Too many failed sign-ins", "This address failed to sign in too often; try again later.");
            return;
        }

        await RefuseAsync(Context, problems, StatusCodes.Status401Unauthorized);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => RefuseAsync(Context, problems, StatusCodes.Status403Forbidden);

    /// <summary>The API's answer to a request without a sign-in (401) or without the permission (403): problem details, whichever scheme signed in.</summary>
    public static async Task RefuseAsync(HttpContext context, IProblemDetailsService problems, int status)
    {
        context.Response.StatusCode = status;
        var (title, detail) = status == StatusCodes.Status401Unauthorized
            ? ("Sign-in required", "Send an API token: Authorization: Bearer nor_...")
            : ("Not allowed", "Your role does not allow this.");
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        await Problem(context, problems, title, detail);
    }

    private Task Problem(string title, string detail) => Problem(Context, problems, title, detail);

    private static async Task Problem(HttpContext context, IProblemDetailsService problems, string title, string detail) =>
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = context.Response.StatusCode, Title = title, Detail = detail },
        });
}
