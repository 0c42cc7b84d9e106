using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NetOrigin.Inventory;
using NetOrigin.Reports;
using NetOrigin.Server.Auth;
using NetOrigin.Server.Jobs;
using NetOrigin.Server.Operations;
using NetOrigin.Storage.Inventory;

namespace NetOrigin.Server.Apis;

/// <summary>Inventory uploads and their imports: the assets read, and every rejected row with its line and reason.</summary>
public static class ImportsApi
{
    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Imports");
        group.MapPost("/", UploadAsync)
            .WithName("UploadInventory")
            .WithSummary("Upload an inventory (CSV, TSV or JSON Lines; the raw body or a multipart form file) and queue its import; with ?assess=PACKS it is assessed in the same pass")
            .WithMetadata(new UploadEndpointAttribute())
            .Accepts<IFormFile>("text/csv", "text/tab-separated-values", "application/x-ndjson", "multipart/form-data", "text/plain", "application/octet-stream", "application/x-www-form-urlencoded")
            .DisableAntiforgery()
            .RequireAuthorization(Permission.Import.Policy());
        group.MapGet("/", ListAsync).WithName("ListImports").WithSummary("The tenant's imports, newest first").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{importId:long}", GetAsync).WithName("GetImport").WithSummary("One import: file, SHA-256, records read, accepted and rejected").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{importId:long}/rejections", RejectionsAsync).WithName("GetImportRejections").WithSummary("Every rejected row with its line and reason, as CSV (formula-safe) or JSON").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{importId:long}/assets", AssetsAsync).WithName("ListImportAssets").WithSummary("The import's assets with their fields (keyset pages; filter by site)").RequireAuthorization(Permission.Read.Policy());
        return group;
    }

    private static async Task<Results<Accepted<AcceptedResponse>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, ClaimsPrincipal user, Imports imports, Storage.Jobs.ReferenceSnapshot reference, IOptions<ServerSettings> settings, JobSignal signal,
        string? source, [FromQuery(Name = "file_name")] string? fileName, string? format, string? assess, [FromQuery(Name = "as_of")] DateOnly? asOf, CancellationToken cancellationToken)
    {
        var upload = await InventoryUpload.ReadAsync(request, fileName, format, cancellationToken);
        var (import, run, problem) = await upload.ImportAsync(user.Principal(), imports, reference, settings.Value, signal, source, assess, asOf, cancellationToken);
        return problem is not null
            ? problem
            : TypedResults.Accepted($"/api/v1/jobs/{import!.JobId}", new AcceptedResponse(ImportResponse.From(import), run is null ? null : RunResponse.From(run), import.JobId));
    }

    private static async Task<Ok<Page<ImportResponse>>> ListAsync(ClaimsPrincipal user, Imports imports, long? before, int? limit, CancellationToken cancellationToken)
    {
        var size = ApiResults.Limit(limit);
        var rows = await imports.ListAsync(user.Principal().TenantId, before, size, cancellationToken);
        return TypedResults.Ok(new Page<ImportResponse>(rows.Select(ImportResponse.From).ToList(), rows.Count == size ? rows[^1].Id.ToString(CultureInfo.InvariantCulture) : null));
    }

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> GetAsync(long importId, ClaimsPrincipal user, Imports imports, CancellationToken cancellationToken) =>
        await imports.GetAsync(user.Principal().TenantId, importId, cancellationToken) is { } import
            ? TypedResults.Ok(ImportResponse.From(import))
            : ApiResults.NotFound($"import {importId}");

    private static async Task<IResult> RejectionsAsync(long importId, ClaimsPrincipal user, Imports imports, string? format, CancellationToken cancellationToken)
    {
        var tenant = user.Principal().TenantId;
        if (await imports.GetAsync(tenant, importId, cancellationToken) is not { } import)
        {
            return ApiResults.NotFound($"import {importId}");
        }

        if (!import.IsComplete)
        {
            return ApiResults.Conflict($"import {importId} is {import.State}; its rejected rows are visible once it is complete");
        }

        if (format == "json")
        {
            return new StreamedJson(async (json, flush) =>
            {
                json.WriteStartObject();
                json.WriteNumber("import", importId);
                json.WriteStartArray("rejections");
                var n = 0;
                await foreach (var (line, reason, excerpt) in imports.RejectionsAsync(tenant, importId, cancellationToken))
                {
                    json.WriteStartObject();
                    json.WriteString("file", import.FileName);
                    json.WriteNumber("line", line);
                    json.WriteString("reason", reason);
                    json.WriteString("record", excerpt);
                    json.WriteEndObject();
                    if (++n % 1000 == 0)
                    {
                        await flush();
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        }

        return TypedResults.Stream(
            async stream =>
            {
                await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
                await writer.WriteAsync("file,line,reason,record\n");
                await foreach (var (line, reason, excerpt) in imports.RejectionsAsync(tenant, importId, cancellationToken))
                {
                    var row = new StringBuilder();
                    CsvCell.Append(row, import.FileName);
                    row.Append(',').Append(line.ToString(CultureInfo.InvariantCulture)).Append(',');
                    CsvCell.Append(row, reason);
                    row.Append(',');
                    CsvCell.Append(row, excerpt);
                    await writer.WriteAsync(row.Append('\n'));
                }
            },
            "text/csv; charset=utf-8",
            $"import-{importId}-rejections.csv");
    }

    private static async Task<IResult> AssetsAsync(long importId, ClaimsPrincipal user, Imports imports, long? after, int? limit, string? site, CancellationToken cancellationToken)
    {
        var tenant = user.Principal().TenantId;
        if (await imports.GetAsync(tenant, importId, cancellationToken) is not { } import)
        {
            return ApiResults.NotFound($"import {importId}");
        }

        if (!import.IsComplete)
        {
            return ApiResults.Conflict($"import {importId} is {import.State}; its assets are visible once it is complete");
        }

        var size = ApiResults.Limit(limit);
        var rows = await imports.AssetsAsync(import, after ?? 0, size, site, cancellationToken);
        return new StreamedJson((json, _) =>
        {
            json.WriteStartObject();
            json.WriteNumber("import", importId);
            json.WriteStartArray("assets");
            foreach (var asset in rows)
            {
                json.WriteStartObject();
                json.WriteNumber("no", asset.No);
                json.WriteString("id", asset.AssetId);
                json.WriteString("file", import.FileName);
                json.WriteNumber("line", asset.Line);
                json.WriteStartObject("fields");
                var fields = AssetCodec.DecodeFields(asset.Fields);
                foreach (var field in Enum.GetValues<InventoryField>())
                {
                    if (fields[field] is { } value)
                    {
                        json.WriteString(FieldCatalog.NameOf(field), value);
                    }
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (rows.Count == size)
            {
                json.WriteString("next", rows[^1].No.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("next");
            }

            json.WriteEndObject();
            return Task.CompletedTask;
        });
    }
}
