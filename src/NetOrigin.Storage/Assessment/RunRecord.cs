using System.Text.Json;

namespace NetOrigin.Storage.Assessment;

/// <summary>
/// One assessment run: which import, as of which date, with which packs (and their versions), which reference data
/// and which tool version; its findings are visible only once it is complete. <see cref="Report"/> is the run's
/// report as <c>assess --format json</c> writes it, without the findings.
/// </summary>
public sealed record RunRecord(
    long TenantId,
    long Id,
    long ImportId,
    string State,
    DateOnly AsOf,
    IReadOnlyList<PackVersion> Packs,
    string ReferenceData,
    string ToolVersion,
    string Trigger,
    long? PreviousRunId,
    string? Report,
    string? Error,
    long JobId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public bool IsComplete => State == Inventory.RecordStates.Complete;

    public static string PacksJson(IEnumerable<PackVersion> packs) =>
        JsonSerializer.Serialize(packs.Select(p => new Dictionary<string, string> { ["id"] = p.Id, ["version"] = p.Version, ["title"] = p.Title }));

    public static IReadOnlyList<PackVersion> ParsePacks(string json) =>
        JsonSerializer.Deserialize<List<Dictionary<string, string>>>(json)!.Select(d => new PackVersion(d["id"], d["version"], d["title"])).ToList();
}

/// <summary>A policy pack as a run used it.</summary>
public sealed record PackVersion(string Id, string Version, string Title);

/// <summary>Why a run was made.</summary>
public static class RunTriggers
{
    /// <summary>Someone asked for it (an upload with assess, or POST /runs).</summary>
    public const string Request = "request";

    /// <summary>The reference data changed: the tenant's latest import is re-assessed against the new data.</summary>
    public const string ReferenceUpdate = "reference-update";
}
