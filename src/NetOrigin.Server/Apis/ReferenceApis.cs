using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NetOrigin.Entities;
using NetOrigin.Reports;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Server.Apis;

/// <summary>The reference data: organisations (who controls them, as of a date) and the policy packs.</summary>
public static class ReferenceApis
{
    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Reference data");
        group.MapGet("/", (string? q, ReferenceSnapshot reference) =>
            {
                var matches = string.IsNullOrWhiteSpace(q)
                    ? reference.Data.Graph.Organisations.OrderBy(o => o.Id, StringComparer.Ordinal).Take(ApiResults.MaxPage)
                    : OrganisationSearch.Find(reference.Data.Graph, q).Select(m => m.Organisation).Take(ApiResults.MaxPage);
                return TypedResults.Ok(matches.Select(o => new OrganisationSummary(o.Id, o.Name, OwnershipResolutionJson.KindName(o), o.Country ?? o.State)).ToList());
            })
            .WithName("SearchOrganisations").WithSummary("Organisations by name, alias or brand (?q=), or all").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{organisationId}", Results<StreamedJsonResult, ProblemHttpResult> (string organisationId, [FromQuery(Name = "as_of")] DateOnly? asOf, ReferenceSnapshot reference) =>
            {
                if (Profile(reference, organisationId, asOf ?? DateOnly.FromDateTime(DateTime.UtcNow)) is not { } profile)
                {
                    return ApiResults.NotFound($"organisation '{organisationId}'");
                }

                return new StreamedJsonResult(json => OwnershipResolutionJson.Write(json, profile, null));
            })
            .WithName("GetOrganisation").WithSummary("Who owns and controls an organisation on a date (as org show --format json)").RequireAuthorization(Permission.Read.Policy());
        return group;
    }

    /// <summary>Who owns and controls an organisation of the reference data on a date; null when there is no such organisation.</summary>
    public static OrganisationProfile? Profile(ReferenceSnapshot reference, string organisationId, DateOnly asOf) =>
        reference.Data.Graph.TryGet(organisationId, out var organisation) ? OrganisationProfile.Of(reference.Data.Ownership, organisation.Id, asOf) : null;

    public static RouteGroupBuilder MapPacksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/packs").WithTags("Reference data");
        group.MapGet("/", (ReferenceSnapshot reference) => TypedResults.Ok(reference.Data.PackIds.Select(id => Summary(reference.Data.Pack(id))).ToList()))
            .WithName("ListPacks").WithSummary("The shipped policy packs and their versions").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{packId}", Results<StreamedJsonResult, ProblemHttpResult> (string packId, ReferenceSnapshot reference) =>
            {
                if (!reference.Data.PackIds.Contains(packId, StringComparer.Ordinal))
                {
                    return ApiResults.NotFound($"pack '{packId}'");
                }

                var pack = reference.Data.Pack(packId);
                return new StreamedJsonResult(json =>
                {
                    // The pack as the assess report describes it (designations, obligations, their sources).
                    using var buffer = new MemoryStream();
                    using (var report = new JsonFindingWriter(buffer))
                    {
                        report.Begin(new Assessment.AssessmentContext("", [pack], DateOnly.FromDateTime(DateTime.UtcNow)));
                        report.End(new Assessment.AssessmentSummary());
                    }

                    using var document = System.Text.Json.JsonDocument.Parse(buffer.ToArray());
                    json.WriteStartObject();
                    json.WriteString("jurisdiction", pack.Jurisdiction);
                    foreach (var property in document.RootElement.GetProperty("packs")[0].EnumerateObject())
                    {
                        property.WriteTo(json);
                    }

                    json.WritePropertyName("sources");
                    document.RootElement.GetProperty("sources").WriteTo(json);
                    json.WriteEndObject();
                });
            })
            .WithName("GetPack").WithSummary("A pack's designations, obligations and sources").RequireAuthorization(Permission.Read.Policy());
        return group;
    }

    private static PackSummaryResponse Summary(Policies.PolicyPack pack) =>
        new(pack.Id, pack.Title, pack.Jurisdiction, pack.Version, pack.Summary, pack.Designations.Count, pack.Obligations.Count, pack.RequiresApprovedList);

    public sealed record OrganisationSummary(string Id, string Name, string Kind, string? Country);
}

/// <summary>A small JSON document written synchronously with a <see cref="System.Text.Json.Utf8JsonWriter"/>.</summary>
public sealed class StreamedJsonResult(Action<System.Text.Json.Utf8JsonWriter> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, ApiResults.WriterOptions))
        {
            write(json);
        }

        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = buffer.WrittenCount;
        await httpContext.Response.Body.WriteAsync(buffer.WrittenMemory);
    }
}
