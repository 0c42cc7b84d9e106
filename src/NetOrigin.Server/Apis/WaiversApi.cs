using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Approvals;
using NetOrigin.Storage.Identity;
using NetOrigin.Storage.Jobs;

namespace NetOrigin.Server.Apis;

/// <summary>Waivers (request, approve or reject — never one's own —, revoke) and the approved-manufacturers list, with history.</summary>
public static class WaiversApi
{
    public static RouteGroupBuilder MapWaiversApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/waivers").WithTags("Waivers and approved list");
        group.MapGet("/", async (ClaimsPrincipal user, Waivers waivers, string? state, CancellationToken ct) =>
                TypedResults.Ok((await waivers.ListAsync(user.Principal().TenantId, state, ct)).Select(w => WaiverResponse.From(w)).ToList()))
            .WithName("ListWaivers").WithSummary("The tenant's waivers (?state=requested|approved|rejected|revoked)").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{waiverId:long}", async Task<Results<Ok<WaiverResponse>, ProblemHttpResult>> (long waiverId, ClaimsPrincipal user, Waivers waivers, CancellationToken ct) =>
                await waivers.GetAsync(user.Principal().TenantId, waiverId, ct) is { } waiver
                    ? TypedResults.Ok(WaiverResponse.From(waiver, await waivers.HistoryAsync(user.Principal().TenantId, waiverId, ct)))
                    : ApiResults.NotFound($"waiver {waiverId}"))
            .WithName("GetWaiver").WithSummary("A waiver with its history").RequireAuthorization(Permission.Read.Policy());
        group.MapPost("/", RequestAsync).WithName("RequestWaiver").WithSummary("Request a waiver for a pack and scope until a date").RequireAuthorization(Permission.RequestWaiver.Policy());
        group.MapPost("/{waiverId:long}/approve", (long waiverId, DecisionRequest? decision, ClaimsPrincipal user, Waivers waivers, CancellationToken ct) => DecideAsync(waiverId, true, decision, user, waivers, ct))
            .WithName("ApproveWaiver").WithSummary("Approve a requested waiver (not one you requested)").RequireAuthorization(Permission.Approve.Policy());
        group.MapPost("/{waiverId:long}/reject", (long waiverId, DecisionRequest? decision, ClaimsPrincipal user, Waivers waivers, CancellationToken ct) => DecideAsync(waiverId, false, decision, user, waivers, ct))
            .WithName("RejectWaiver").WithSummary("Reject a requested waiver (not one you requested)").RequireAuthorization(Permission.Approve.Policy());
        group.MapPost("/{waiverId:long}/revoke", async Task<Results<Ok<WaiverResponse>, ProblemHttpResult>> (long waiverId, DecisionRequest? decision, ClaimsPrincipal user, Waivers waivers, CancellationToken ct) =>
                await waivers.RevokeAsync(user.Principal(), waiverId, decision?.Note, ct) is { } waiver ? TypedResults.Ok(WaiverResponse.From(waiver)) : ApiResults.NotFound($"waiver {waiverId}"))
            .WithName("RevokeWaiver").WithSummary("Revoke an approved waiver; later assessments no longer apply it").RequireAuthorization(Permission.Approve.Policy());
        return group;
    }

    public static RouteGroupBuilder MapApprovedListApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/approved-list").WithTags("Waivers and approved list");
        group.MapGet("/", async (ClaimsPrincipal user, ApprovedEntries entries, CancellationToken ct) => TypedResults.Ok(await entries.ListAsync(user.Principal().TenantId, ct)))
            .WithName("ListApproved").WithSummary("The approved-manufacturers list as it stands").RequireAuthorization(Permission.Read.Policy());
        group.MapGet("/{entryId:long}/history", async Task<Results<Ok<List<ApprovedEntryRecord>>, ProblemHttpResult>> (long entryId, ClaimsPrincipal user, ApprovedEntries entries, CancellationToken ct) =>
                await entries.HistoryAsync(user.Principal().TenantId, entryId, ct) is { Count: > 0 } history ? TypedResults.Ok(history) : ApiResults.NotFound($"approved entry {entryId}"))
            .WithName("GetApprovedHistory").WithSummary("Every version of an entry").RequireAuthorization(Permission.Read.Policy());
        group.MapPost("/", (ApprovedEntryRequest request, ClaimsPrincipal user, ApprovedEntries entries, ReferenceSnapshot reference, CancellationToken ct) => SaveAsync(null, request, user, entries, reference, ct))
            .WithName("AddApproved").WithSummary("Approve a manufacturer or product pattern (for some roles or categories, until a date)").RequireAuthorization(Permission.Approve.Policy());
        group.MapPut("/{entryId:long}", (long entryId, ApprovedEntryRequest request, ClaimsPrincipal user, ApprovedEntries entries, ReferenceSnapshot reference, CancellationToken ct) => SaveAsync(entryId, request, user, entries, reference, ct))
            .WithName("ChangeApproved").WithSummary("Change an entry (a new version; the old one stays in its history)").RequireAuthorization(Permission.Approve.Policy());
        group.MapDelete("/{entryId:long}", async Task<Results<NoContent, ProblemHttpResult>> (long entryId, ClaimsPrincipal user, ApprovedEntries entries, CancellationToken ct) =>
                await entries.RemoveAsync(user.Principal(), entryId, ct) ? TypedResults.NoContent() : ApiResults.NotFound($"approved entry {entryId}"))
            .WithName("RemoveApproved").WithSummary("Remove an entry (kept in its history)").RequireAuthorization(Permission.Approve.Policy());
        return group;
    }

    private static async Task<Results<Created<WaiverResponse>, ProblemHttpResult>> RequestAsync(WaiverRequest request, ClaimsPrincipal user, Waivers waivers, ReferenceSnapshot reference, CancellationToken ct)
    {
        var (waiver, problem) = await RequestWaiverAsync(request, user.Principal(), waivers, reference, ct);
        return problem ?? (Results<Created<WaiverResponse>, ProblemHttpResult>)TypedResults.Created($"/api/v1/waivers/{waiver!.Id}", WaiverResponse.From(waiver));
    }

    /// <summary>Requests a waiver whose pack and manufacturers the reference data knows; otherwise a problem naming the field.</summary>
    internal static async Task<(WaiverRecord? Waiver, ProblemHttpResult? Problem)> RequestWaiverAsync(WaiverRequest request, Principal actor, Waivers waivers, ReferenceSnapshot reference, CancellationToken ct)
    {
        if (!reference.Data.PackIds.Contains(request.Pack, StringComparer.Ordinal))
        {
            return (null, ApiResults.Invalid("pack", $"no policy pack '{request.Pack}'"));
        }

        var scope = request.Scope ?? new WaiverScopeData(null, null, [], [], [], []);
        scope = scope with { AssetIds = scope.AssetIds ?? [], Sites = scope.Sites ?? [], OwnerOrgs = scope.OwnerOrgs ?? [], Manufacturers = scope.Manufacturers ?? [] };
        if (scope.Manufacturers.FirstOrDefault(m => !reference.Data.Graph.TryGet(m, out _)) is { } unknown)
        {
            return (null, ApiResults.Invalid("scope.manufacturers", $"manufacturer '{unknown}' is not a known organisation id"));
        }

        return (await waivers.RequestAsync(actor, request.Pack, scope, request.Justification, request.Granted ?? DateOnly.FromDateTime(DateTime.UtcNow), request.Expires, ct), null);
    }

    private static async Task<Results<Ok<WaiverResponse>, ProblemHttpResult>> DecideAsync(long waiverId, bool approve, DecisionRequest? decision, ClaimsPrincipal user, Waivers waivers, CancellationToken ct) =>
        await waivers.DecideAsync(user.Principal(), waiverId, approve, decision?.Note, ct) is { } waiver ? TypedResults.Ok(WaiverResponse.From(waiver)) : ApiResults.NotFound($"waiver {waiverId}");

    private static async Task<Results<Ok<ApprovedEntryRecord>, ProblemHttpResult>> SaveAsync(long? entryId, ApprovedEntryRequest request, ClaimsPrincipal user, ApprovedEntries entries, ReferenceSnapshot reference, CancellationToken ct)
    {
        var (saved, problem) = await SaveApprovedAsync(entryId, request, user.Principal(), entries, reference, ct);
        return problem ?? (Results<Ok<ApprovedEntryRecord>, ProblemHttpResult>)TypedResults.Ok(saved!);
    }

    /// <summary>Adds (no <paramref name="entryId"/>) or changes an entry whose manufacturer the reference data knows; otherwise a problem naming the field.</summary>
    internal static async Task<(ApprovedEntryRecord? Entry, ProblemHttpResult? Problem)> SaveApprovedAsync(long? entryId, ApprovedEntryRequest request, Principal actor, ApprovedEntries entries, ReferenceSnapshot reference, CancellationToken ct)
    {
        if (request.Manufacturer is { } maker && !reference.Data.Graph.TryGet(maker, out _))
        {
            return (null, ApiResults.Invalid("manufacturer", $"manufacturer '{maker}' is not a known organisation id"));
        }

        var saved = await entries.SaveAsync(actor, entryId, request.Manufacturer, request.Product, request.Roles ?? [], request.Categories ?? [], request.Conditions, request.Expires, ct);
        return saved is null ? (null, ApiResults.NotFound($"approved entry {entryId}")) : (saved, null);
    }
}
