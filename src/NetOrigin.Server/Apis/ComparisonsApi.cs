using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using NetOrigin.Policies;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.History;

namespace NetOrigin.Server.Apis;

/// <summary>New, resolved and changed findings between any two complete runs of a tenant, each with its reason.</summary>
public static class ComparisonsApi
{
    public static RouteGroupBuilder MapComparisonsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/comparisons").WithTags("History");
        group.MapGet("/", (long from, long to, ClaimsPrincipal user, Runs runs, RunComparison comparison, string? change, string? pack, CancellationToken cancellationToken) =>
                CompareAsync(from, to, user, runs, comparison, change, pack, cancellationToken))
            .WithName("CompareRuns")
            .WithSummary("Findings that are new, resolved or changed from run ?from= to run ?to=, with the reason of each (streamed; summary at the end)")
            .RequireAuthorization(Permission.Read.Policy());
        return group;
    }

    internal static async Task<IResult> CompareAsync(long fromId, long toId, ClaimsPrincipal user, Runs runs, RunComparison comparison, string? change, string? pack, CancellationToken cancellationToken)
    {
        var tenant = user.Principal().TenantId;
        var from = await runs.GetAsync(tenant, fromId, cancellationToken);
        var to = await runs.GetAsync(tenant, toId, cancellationToken);
        if (from is null || to is null)
        {
            return ApiResults.NotFound($"run {(from is null ? fromId : toId)}");
        }

        if (!from.IsComplete || !to.IsComplete)
        {
            return ApiResults.Conflict($"run {(from.IsComplete ? toId : fromId)} is not complete");
        }

        if (change is not (null or "new" or "resolved" or "changed"))
        {
            return ApiResults.Invalid("change", $"change '{change}' is not one of new, resolved, changed");
        }

        return new StreamedJson(async (json, flush) =>
        {
            json.WriteStartObject();
            json.WriteNumber("from", fromId);
            json.WriteNumber("to", toId);
            json.WriteString("from_as_of", Day(from.AsOf));
            json.WriteString("to_as_of", Day(to.AsOf));
            json.WriteStartArray("changes");
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            var reasons = new SortedDictionary<string, long>(StringComparer.Ordinal);
            var n = 0;
            await foreach (var item in comparison.CompareAsync(from, to, cancellationToken))
            {
                if ((change is not null && item.Change != change) || (pack is not null && item.Pack != pack))
                {
                    continue;
                }

                counts[item.Change] = counts.GetValueOrDefault(item.Change) + 1;
                reasons[item.Reason] = reasons.GetValueOrDefault(item.Reason) + 1;
                Write(json, item);
                if (++n % 500 == 0)
                {
                    await flush();
                }
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            foreach (var kind in new[] { "new", "resolved", "changed" })
            {
                json.WriteNumber(kind, counts.GetValueOrDefault(kind));
            }

            json.WriteStartObject("by_reason");
            foreach (var (reason, count) in reasons)
            {
                json.WriteNumber(reason, count);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void Write(Utf8JsonWriter json, FindingChange change)
    {
        json.WriteStartObject();
        json.WriteStartObject("asset");
        json.WriteString("id", change.AssetId);
        if (change.AssetName is not null)
        {
            json.WriteString("name", change.AssetName);
        }

        if (change.Site is not null)
        {
            json.WriteString("site", change.Site);
        }

        json.WriteEndObject();
        json.WriteString("pack", change.Pack);
        json.WriteString("change", change.Change);
        json.WriteString("reason", change.Reason);
        State(json, "from", change.From);
        State(json, "to", change.To);
        json.WriteEndObject();
    }

    private static void State(Utf8JsonWriter json, string name, FindingState? state)
    {
        if (state is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("status", state.Status.Name());
        if (state.Deadline is { } deadline)
        {
            json.WriteString("deadline", Day(deadline));
        }
        else
        {
            json.WriteNull("deadline");
        }

        json.WriteString("manufacturer", state.Maker);
        json.WriteString("designation", state.Designation);
        json.WriteString("waiver", state.Waiver);
        json.WriteEndObject();
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
