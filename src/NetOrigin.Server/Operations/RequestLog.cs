using System.Diagnostics;
using System.Globalization;

namespace NetOrigin.Server.Operations;

/// <summary>
/// One structured log entry per request: method, route pattern (not the raw path), status and time. Never headers,
/// query strings or bodies, so neither tokens nor uploaded data reach the logs.
/// </summary>
public static partial class RequestLog
{
    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("NetOrigin.Requests");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();

            // The server's own time for the response, up to its headers (a page's whole rendering: pages are
            // buffered), for browsers' developer tools and the page bench.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"app;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0}");
                return Task.CompletedTask;
            });
            try
            {
                await next(context);
            }
            finally
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
                Handled(logger, context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Route} answered {Status} in {Milliseconds:0.0} ms")]
    private static partial void Handled(ILogger logger, string method, string route, int status, double milliseconds);
}
