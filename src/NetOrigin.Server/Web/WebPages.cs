using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.Options;

namespace NetOrigin.Server.Web;

/// <summary>
/// The web pages: Razor Pages rendered on the server beside the API, signed in by cookie (<see cref="Auth.BrowserSignIn"/>),
/// with antiforgery on every form post and htmx (served from <c>/assets/</c>) for the parts that refresh.
/// </summary>
public static class WebPages
{
    public static IServiceCollection AddWebPages(this IServiceCollection services)
    {
        // The pages are found in the entry assembly's dependencies only when the server is the entry assembly; the
        // CLI's `serve` hosts it too, so the server's own assembly (pages and their compiled views) is named here.
        var pages = typeof(WebPages).Assembly;
        services.AddRazorPages(options => options.RootDirectory = "/Web/Pages").ConfigureApplicationPartManager(manager =>
        {
            if (!manager.ApplicationParts.Any(part => part.Name == pages.GetName().Name))
            {
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(pages).GetApplicationParts(pages))
                {
                    manager.ApplicationParts.Add(part);
                }
            }
        });
        services.AddAntiforgery(options =>
        {
            // Antiforgery refuses to work over plain HTTP with an always-secure cookie; the sign-in cookie is always
            // secure, and this one is secure whenever the request is (every deployment behind TLS).
            options.Cookie.Name = "netorigin-af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__af";
            options.HeaderName = "X-Antiforgery";
        });
        services.AddSingleton<StaticAssets>();
        services.AddSingleton<RiskViews>();

        // A plain form post's file is read by antiforgery validation before the handler: as large as an upload may be.
        services.AddOptions<FormOptions>().Configure<IOptions<ServerSettings>>((form, settings) => form.MultipartBodyLengthLimit = settings.Value.MaxUploadBytes);
        return services;
    }

    public static WebApplication MapWebPages(this WebApplication app)
    {
        app.MapMethods("/assets/{name}", [HttpMethods.Get, HttpMethods.Head], (string name, StaticAssets assets, HttpContext context) => assets.Serve(name, context)).ExcludeFromDescription();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Whether a request is for a page (not the API, its reference, health or assets): pages get the page content policy.</summary>
    public static bool IsPage(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments("/scalar") && !path.StartsWithSegments("/openapi") && !path.StartsWithSegments("/health");
}
