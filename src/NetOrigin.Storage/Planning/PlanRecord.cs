using System.Text.Json;
using System.Text.Json.Serialization;

namespace NetOrigin.Storage.Planning;

/// <summary>
/// What a plan is asked to be made with, kept with the plan so a re-plan repeats it: the run whose import and packs
/// say what to replace, the budget file's and catalog overrides' text (YAML, or the JSON of the same), crews, dates,
/// roles, how items are weighed, the solver's limits, what-ifs, and who files the reports.
/// </summary>
public sealed record PlanRequestData
{
    public long RunId { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? Horizon { get; init; }
    public int? Crews { get; init; }
    public string? Budget { get; init; }
    public string? Catalog { get; init; }
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>"engine" (the risk engine's scores, the default) or "role".</summary>
    public string? Risk { get; init; }
    public string? Model { get; init; }
    public double? TimeLimit { get; init; }

    /// <summary>The solver's deterministic work limit instead of seconds (repeatable plans).</summary>
    public double? Work { get; init; }
    public int? Workers { get; init; }
    public int? Seed { get; init; }
    public IReadOnlyList<string>? WhatIf { get; init; }
    public bool? Fixes { get; init; }
    public string? Filer { get; init; }
    public int? Year { get; init; }

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PlanRequestData FromJson(string json) => JsonSerializer.Deserialize<PlanRequestData>(json, Json)!;
}

/// <summary>A stored plan: from which run (and which plan it re-plans), its state, start, solver status and summary.</summary>
public sealed record PlanRecord(
    long TenantId,
    long Id,
    long RunId,
    long? ParentPlanId,
    string State,
    PlanRequestData Request,
    DateOnly Start,
    string? Status,
    string? Summary,
    string? Error,
    long JobId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public bool IsComplete => State == Inventory.RecordStates.Complete;
}

/// <summary>One recorded step of a replacement task, as stored: who recorded it (the signed-in user) and when.</summary>
public sealed record ProgressStep(long Id, string AssetId, string State, DateOnly Date, string By, decimal? Cost, string? Note, long PlanId, DateTimeOffset RecordedAt);

/// <summary>A report rendered with a plan: print-ready HTML, CSV and the burn-down SVG.</summary>
public sealed record PlanReport(string Kind, string Html, string Csv, string Svg);
