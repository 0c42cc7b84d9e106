using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Identity;

namespace NetOrigin.Server.Web.Pages;

/// <summary>Turns an API token into the browser's sign-in cookie; failures count towards the same throttle as the API's.</summary>
public sealed class SignInModel(Accounts accounts, SignInThrottle throttle) : PageModel
{
    public string? Error { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? token)
    {
        var address = HttpContext.Connection.RemoteIpAddress;
        if (throttle.IsBlocked(address, out var retryAfter))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Error = $"Too many failed sign-ins from this address; try again in {Math.Ceiling(retryAfter.TotalMinutes)} minutes.";
            return Page();
        }

        var principal = string.IsNullOrWhiteSpace(token) ? null : await accounts.AuthenticateAsync(token.Trim(), HttpContext.RequestAborted);
        if (principal is null)
        {
            throttle.Failed(address);
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            Error = "That token is unknown, revoked or expired.";
            return Page();
        }

        await HttpContext.SignInAsync(BrowserSignIn.SchemeName, PrincipalClaims.ToClaims(principal, BrowserSignIn.SchemeName));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
