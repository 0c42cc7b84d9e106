using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace NetOrigin.Server.Operations;

/// <summary>Marks an endpoint that takes an inventory upload: its body may be as large as the upload limit.</summary>
public sealed class UploadEndpointAttribute : Attribute;

/// <summary>
/// Request body limits: the server as a whole accepts bodies up to the upload limit (Kestrel's own limit), and every
/// endpoint but an upload lowers it to the small request limit before its body is read.
/// </summary>
public static class RequestLimits
{
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<ServerSettings>>().Value;
        var upload = context.GetEndpoint()?.Metadata.GetMetadata<UploadEndpointAttribute>() is not null;
        var limit = upload ? settings.MaxUploadBytes : settings.MaxRequestBytes;
        if (context.Request.ContentLength > limit)
        {
            // Refused before a byte of the body is read.
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status413PayloadTooLarge, Title = "Request body too large", Detail = $"the body is larger than the limit of {limit} bytes" },
            });
            return;
        }

        // A body sent without a length is cut off by the server at the limit as it is read.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    });
}
