using Microsoft.AspNetCore.Diagnostics;
using NetOrigin.ReferenceData;
using NetOrigin.Storage;
using NetOrigin.Storage.Inventory;

namespace NetOrigin.Server.Operations;

/// <summary>
/// Turns the errors the store and engines raise into RFC 9457 problem details naming the field at fault; anything
/// else is a 500 whose details stay in the log (by type, never with request data).
/// </summary>
public sealed partial class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, field) = exception switch
        {
            StorageException e => (StatusCodes.Status400BadRequest, "Invalid request", e.Field),
            ReferenceDataException => (StatusCodes.Status400BadRequest, "Invalid request", null),
            ArgumentException => (StatusCodes.Status400BadRequest, "Invalid request", null),
            ConflictException => (StatusCodes.Status409Conflict, "Conflict", null),
            ForbiddenException => (StatusCodes.Status403Forbidden, "Not allowed", null),
            UploadTooLargeException => (StatusCodes.Status413PayloadTooLarge, "Upload too large", null),
            BadHttpRequestException { StatusCode: 413 } => (StatusCodes.Status413PayloadTooLarge, "Request body too large", null),
            BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { Length: > 2 } path } } => (StatusCodes.Status400BadRequest, "Invalid request", path.TrimStart('$', '.')),
            BadHttpRequestException e => (e.StatusCode, "Bad request", null),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", (string?)null),
        };
        if (status == StatusCodes.Status500InternalServerError)
        {
            Unhandled(logger, exception.GetType().FullName ?? "?", context.TraceIdentifier);
        }

        var message = exception is BadHttpRequestException { InnerException: System.Text.Json.JsonException json } && field is not null
            ? $"'{field}' has a value of the wrong form (line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1} of the body)"
            : exception.Message;
        context.Response.StatusCode = status;
        var problem = new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = title,
                Detail = status == StatusCodes.Status500InternalServerError ? $"The server failed (trace {context.TraceIdentifier})." : message,
            },
        };
        if (field is not null)
        {
            problem.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        }

        return await problems.TryWriteAsync(problem);
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Request {TraceId} failed with {ExceptionType}")]
    private static partial void Unhandled(ILogger logger, string exceptionType, string traceId);
}
