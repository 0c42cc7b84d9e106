using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace NetOrigin.Server.Apis;

/// <summary>Small helpers the API areas share: problems that name what is wrong, page sizes, JSON written as it streams.</summary>
internal static class ApiResults
{
    public const int DefaultPage = 100;
    public const int MaxPage = 1000;

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"{what} does not exist in this tenant");

    public static ProblemHttpResult Invalid(string field, string message) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: message, extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });

    public static ProblemHttpResult Conflict(string message) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: message);

    /// <summary>A page size from the query: default 100, at most 1000.</summary>
    public static int Limit(int? limit) => Math.Clamp(limit ?? DefaultPage, 1, MaxPage);

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
}

/// <summary>
/// A JSON response written with a <see cref="Utf8JsonWriter"/> straight into the response, flushed as it grows:
/// for findings, whose evidence is copied as stored, and for exports of any size.
/// </summary>
internal sealed class StreamedJson(Func<Utf8JsonWriter, Func<Task>, Task> write, string? downloadName = null) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        if (downloadName is not null)
        {
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{downloadName}\"";
        }

        var body = httpContext.Response.BodyWriter;
        await using var json = new Utf8JsonWriter(body, ApiResults.WriterOptions);
        async Task Flush()
        {
            await json.FlushAsync(httpContext.RequestAborted);
            await body.FlushAsync(httpContext.RequestAborted);
        }

        await write(json, Flush);
        await Flush();
    }
}
