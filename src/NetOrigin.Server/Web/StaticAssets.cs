namespace NetOrigin.Server.Web;

/// <summary>
/// The files under Web/Assets, embedded in the assembly so that any host of the server (the CLI's serve, tests)
/// serves them without a content root. Served with a strong ETag; names carry versions, so they cache long.
/// </summary>
public sealed class StaticAssets
{
    private const string Prefix = "NetOrigin.Server.Web.Assets.";
    private readonly Dictionary<string, (byte[] Bytes, string Type, string ETag)> _files = new(StringComparer.Ordinal);

    public StaticAssets()
    {
        var assembly = typeof(StaticAssets).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            var type = Path.GetExtension(name) switch
            {
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => null,
            };
            if (type is null)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            _files[name] = (bytes, type, $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16]}\"");
        }
    }

    public IResult Serve(string name, HttpContext context)
    {
        if (!_files.TryGetValue(name, out var file))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=86400";
        context.Response.Headers.ETag = file.ETag;
        return context.Request.Headers.IfNoneMatch == file.ETag ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(file.Bytes, file.Type);
    }
}
