using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NetOrigin.Server.Auth;

namespace NetOrigin.Server.Web.Pages;

/// <summary>Ends the browser session (a form post, so no other site can sign a user out).</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/SignIn");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(BrowserSignIn.SchemeName);
        return Page();
    }
}
