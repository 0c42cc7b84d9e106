using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using NetOrigin.Server.Jobs;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Inventory;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Server.Apis;

/// <summary>
/// An inventory as a request carries it — the raw body, or the file part of a browser form (streamed, not
/// buffered) with the form fields before it — and its import queued from there. The API's upload and the
/// imports page both receive uploads through this.
/// </summary>
internal sealed class InventoryUpload
{
    private const int MaxFieldBytes = 4096;

    private InventoryUpload(Stream? body, string name, string? format, Dictionary<string, string> fields, ProblemHttpResult? problem)
    {
        Body = body;
        Name = name;
        Format = format;
        Fields = fields;
        Problem = problem;
    }

    public Stream? Body { get; }
    public string Name { get; }
    public string? Format { get; }

    /// <summary>Form fields sent before the file (a browser sends them in the form's order).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    public ProblemHttpResult? Problem { get; }

    public static async Task<InventoryUpload> ReadAsync(HttpRequest request, string? fileName, string? format, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (format is not (null or "csv" or "tsv" or "jsonl"))
        {
            return new(null, "", null, fields, ApiResults.Invalid("format", $"format '{format}' is not one of csv, tsv, jsonl"));
        }

        var body = request.Body;
        var name = fileName;
        if (request.HttpContext.Features.Get<IFormFeature>()?.Form is { } read)
        {
            // The form was read already (antiforgery validation of a plain form post reads it).
            foreach (var (key, value) in read)
            {
                fields[key] = string.Join(',', value.ToArray());
            }

            if (read.Files.Count == 0)
            {
                return new(null, "", null, fields, ApiResults.Invalid("file", "the form has no file part"));
            }

            name ??= read.Files[0].FileName;
            body = read.Files[0].OpenReadStream();
        }
        else if (request.HasFormContentType && MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) && HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is { Length: > 0 } boundary)
        {
            // A browser form: stream the first file part without buffering the form.
            var reader = new MultipartReader(boundary, request.Body);
            MultipartSection? section;
            while ((section = await reader.ReadNextSectionAsync(cancellationToken)) is not null)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                if (disposition.IsFileDisposition())
                {
                    name ??= Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileName).Value);
                    body = section.Body;
                    break;
                }

                if (disposition.IsFormDisposition() && HeaderUtilities.RemoveQuotes(disposition.Name).Value is { } key)
                {
                    var value = await new StreamReader(section.Body).ReadToEndAsync(cancellationToken);
                    if (value.Length > MaxFieldBytes)
                    {
                        return new(null, "", null, fields, ApiResults.Invalid(key, $"form field '{key}' is longer than {MaxFieldBytes} characters"));
                    }

                    fields[key] = fields.TryGetValue(key, out var earlier) ? earlier + "," + value : value;
                }
            }

            if (section is null)
            {
                return new(null, "", null, fields, ApiResults.Invalid("file", "the form has no file part"));
            }
        }

        name = string.IsNullOrWhiteSpace(name) ? "upload" : Path.GetFileName(name.Trim());
        format ??= Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".csv" => "csv",
            ".tsv" or ".tab" => "tsv",
            ".jsonl" or ".ndjson" => "jsonl",
            _ => request.ContentType?.Split(';')[0].Trim() switch
            {
                "text/csv" => "csv",
                "text/tab-separated-values" => "tsv",
                "application/x-ndjson" or "application/jsonl" => "jsonl",
                _ => null,
            },
        };
        return new(body, name, format, fields, null);
    }

    /// <summary>Stores the upload and queues its import, assessed with <paramref name="assess"/> (pack ids, comma-separated) when given.</summary>
    public async Task<(ImportRecord? Import, RunRecord? Run, ProblemHttpResult? Problem)> ImportAsync(
        Principal actor, Imports imports, ReferenceSnapshot reference, ServerSettings settings, JobSignal signal, string? source, string? assess, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (Problem is not null)
        {
            return (null, null, Problem);
        }

        AssessRequest? assessment = null;
        if (assess is not null)
        {
            var (packs, problem) = RunsApi.ResolvePacks(reference, assess.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (problem is not null)
            {
                return (null, null, problem);
            }

            assessment = new AssessRequest(packs!, asOf ?? DateOnly.FromDateTime(DateTime.UtcNow));
        }

        var (import, run) = await imports.UploadAsync(actor, source ?? Name, Name, Format, Body!, settings.MaxUploadBytes, assessment, ReferenceSnapshot.ToolVersion, cancellationToken);
        signal.Notify();
        return (import, run, null);
    }

    /// <summary>A day from a form field, or null when it is empty; a problem naming the field when it is not a day.</summary>
    public static (DateOnly? Day, ProblemHttpResult? Problem) Day(string field, string? text) =>
        string.IsNullOrWhiteSpace(text) ? (null, null)
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? (day, null)
        : (null, ApiResults.Invalid(field, $"'{text}' is not a date (YYYY-MM-DD)"));
}
