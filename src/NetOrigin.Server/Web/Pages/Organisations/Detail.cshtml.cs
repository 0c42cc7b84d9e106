using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using NetOrigin.Reports;
using NetOrigin.Server.Apis;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Server.Web.Pages.Organisations;

/// <summary>An organisation with its ownership graph as of a chosen date (what GET /api/v1/organisations/{id} answers, drawn).</summary>
[Requires(Permission.Read)]
public sealed class DetailModel(ReferenceSnapshot reference) : TenantPage
{
    public JsonElement Profile { get; private set; }
    public OwnershipGraph Graph { get; private set; } = null!;
    public DateOnly AsOf { get; private set; }

    public IActionResult OnGet(string organisationId, [FromQuery(Name = "as_of")] string? asOf)
    {
        var (day, badDay) = InventoryUpload.Day("as_of", asOf);
        if (badDay is not null)
        {
            Problem = badDay.ProblemDetails.Detail;
        }

        AsOf = day ?? Today;
        if (ReferenceApis.Profile(reference, organisationId, AsOf) is not { } profile)
        {
            return NotFound();
        }

        Profile = FindingDocument.Written(json => OwnershipResolutionJson.Write(json, profile, null));
        Graph = new OwnershipGraph(Profile);
        return Page();
    }

    /// <summary>A source's citation and URL from the profile's sources.</summary>
    public (string Citation, string? Url) Source(string id) =>
        Profile.GetProperty("sources").EnumerateArray().FirstOrDefault(s => s.GetProperty("id").GetString() == id) is { ValueKind: JsonValueKind.Object } s
            ? (s.GetProperty("citation").GetString()!, FindingDocument.Text(s, "url"))
            : (id, null);
}
