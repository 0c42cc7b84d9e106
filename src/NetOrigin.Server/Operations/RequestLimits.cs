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
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            var upload = context.GetEndpoint()?.Metadata.GetMetadata<UploadEndpointAttribute>() is not null;
            feature.MaxRequestBodySize = upload ? settings.MaxUploadBytes : settings.MaxRequestBytes;
        }

        await next(context);
    });
}
