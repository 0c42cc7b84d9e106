using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using NetOrigin.Server.Apis;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Assessment;

namespace NetOrigin.Server.Web.Pages.Findings;

/// <summary>One finding of an asset with its full evidence chain and the sources it cites (what GET /runs/{id}/findings/{n} answers).</summary>
[Requires(Permission.Read)]
public sealed class DetailModel(Runs runs, Storage.Inventory.Imports imports, Storage.Assessment.Findings findings) : TenantPage
{
    public RunRecord Run { get; private set; } = null!;
    public FindingDocument Finding { get; private set; } = null!;
    public IReadOnlyDictionary<string, JsonElement> Sources { get; private set; } = new Dictionary<string, JsonElement>();

    public async Task<IActionResult> OnGetAsync(long runId, long findingId, CancellationToken cancellationToken)
    {
        var (run, import, problem) = await RunsApi.CompleteRunAsync(runId, User, runs, imports, cancellationToken);
        if (problem is not null || await findings.GetAsync(run!, findingId, cancellationToken) is not { } finding)
        {
            return NotFound();
        }

        Run = run!;
        Finding = FindingDocument.Of(findings, run!, import!.FileName, finding);
        Sources = RunsApi.CitedSources(run!, findings.CitedSources(run!.TenantId, finding)).ToDictionary(s => s.Id, s => s.Source, StringComparer.Ordinal);
        return Page();
    }

    /// <summary>The source ids of a step or chain link.</summary>
    public static IEnumerable<string> SourceIds(JsonElement element) =>
        element.TryGetProperty("sources", out var sources) ? sources.EnumerateArray().Select(s => s.GetString()!) : [];

    /// <summary>Where a source id points: its URL when the source has one.</summary>
    public string? SourceUrl(string sourceId) => Sources.TryGetValue(sourceId, out var source) ? FindingDocument.Text(source, "url") : null;

    public string Title(string sourceId) => Sources.TryGetValue(sourceId, out var source) ? FindingDocument.Text(source, "title") ?? sourceId : sourceId;
}
