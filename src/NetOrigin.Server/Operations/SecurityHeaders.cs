namespace NetOrigin.Server.Operations;

/// <summary>
/// Headers every response carries: no sniffing, no framing, no referrer, no caching of API data, and a content
/// policy that allows nothing but what the API reference page needs (its own script and styles). Pages may load
/// scripts, styles and images from the server itself and nothing inline: no inline script or style runs, whatever
/// a page happens to print.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar")
                ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
                : Web.WebPages.IsPage(context.Request.Path)
                    ? "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
                    : "default-src 'none'; frame-ancestors 'none'";
            if (context.Request.Path.StartsWithSegments("/api") || (Web.WebPages.IsPage(context.Request.Path) && !context.Request.Path.StartsWithSegments("/assets")))
            {
                headers.CacheControl = "no-store";
            }

            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            return Task.CompletedTask;
        });
        await next(context);
    });
}
