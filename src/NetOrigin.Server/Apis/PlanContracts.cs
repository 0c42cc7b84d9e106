using System.Text.Json;
using NetOrigin.Storage.Planning;

namespace NetOrigin.Server.Apis;

// Plans: what a client asks for and gets back. The plan itself is served as `netorigin plan --format json`
// writes it; these are the resources around it.

/// <summary>
/// A plan from run <see cref="RunId"/>. <see cref="Budget"/> and <see cref="Catalog"/> are the budget file's and a
/// catalog override's content: YAML text, or the same as a JSON object.
/// </summary>
public sealed record PlanRequest(
    long RunId,
    DateOnly? Start,
    DateOnly? Horizon,
    int? Crews,
    JsonElement? Budget,
    JsonElement? Catalog,
    IReadOnlyList<string>? Roles,
    string? Risk,
    string? Model,
    double? TimeLimit,
    double? Work,
    int? Workers,
    int? Seed,
    IReadOnlyList<string>? WhatIf,
    bool? Fixes,
    string? Filer,
    int? Year);

/// <summary>
/// Re-plan from <see cref="Start"/> (default today) and the progress recorded by then; with <see cref="Budget"/>
/// (the budget file's content, as in <see cref="PlanRequest"/>) in place of the plan's own when given.
/// </summary>
public sealed record ReplanRequest(DateOnly? Start, JsonElement? Budget);

/// <summary>A step of a replacement task: its state on a date (default today), what it cost, a note.</summary>
public sealed record ProgressRequest(string State, DateOnly? Date, decimal? Cost, string? Note);

public sealed record PlanResponse(
    long Id, long RunId, long? ParentPlanId, string State, DateOnly Start, string? Status, JsonElement? Summary, string? Error, long JobId,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, PlanRequestData Request)
{
    public static PlanResponse From(PlanRecord p)
    {
        JsonElement? summary = null;
        if (p.Summary is not null)
        {
            using var document = JsonDocument.Parse(p.Summary);
            summary = document.RootElement.Clone();
        }

        return new PlanResponse(p.Id, p.RunId, p.ParentPlanId, p.State, p.Start, p.Status, summary, p.Error, p.JobId, p.CreatedBy, p.CreatedAt, p.CompletedAt, p.Request);
    }
}

public sealed record PlanAcceptedResponse(PlanResponse Plan, long JobId);
