using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NetOrigin.Assessment;
using NetOrigin.Policies;
using NetOrigin.ReferenceData;
using NetOrigin.Server.Apis;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Risk;

namespace NetOrigin.Server.Web.Pages.Packs;

/// <summary>
/// One pack with its terms and sources; and the difference between it and another version of it (a pack file
/// pasted into the form): the terms each adds, drops or words differently, and which assets of a run's import
/// change status — Core's policy diff, as <c>netorigin policy diff</c> runs it on a file.
/// </summary>
[Requires(Permission.Read)]
public sealed class DetailModel(ReferenceSnapshot reference, Runs runs, Storage.Inventory.Imports imports, RunAnalysis analysis, IOptions<ServerSettings> settings) : TenantPage
{
    /// <summary>How many changed assets the page lists (all are counted).</summary>
    public const int ChangesShown = 200;

    public PolicyPack Pack { get; private set; } = null!;
    public PolicyPack? Other { get; private set; }
    public IReadOnlyList<TermChange> Terms { get; private set; } = [];
    public List<PolicyChange> Changes { get; } = [];
    public PolicyDiffSummary? Diff { get; private set; }
    public RunRecord? DiffRun { get; private set; }
    public string? Invalid { get; private set; }

    [BindProperty]
    public string? OtherVersion { get; set; }

    [BindProperty(Name = "run")]
    public long? RunId { get; set; }

    public async Task<IActionResult> OnGetAsync(string packId, CancellationToken cancellationToken) =>
        await LoadAsync(packId, cancellationToken) ? Page() : NotFound();

    /// <summary>Compares the pasted version with the shipped one (the pasted one as "before"), and over the chosen run when one is chosen.</summary>
    public async Task<IActionResult> OnPostDiffAsync(string packId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(packId, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(OtherVersion))
        {
            Invalid = "paste the other version of the pack (its YAML file)";
            return Page();
        }

        try
        {
            Other = Parse(OtherVersion);
        }
        catch (ReferenceDataException ex)
        {
            Invalid = ex.Message;
            return Page();
        }

        if (Other.Id != Pack.Id)
        {
            Invalid = $"the other version is pack '{Other.Id}', not '{Pack.Id}'";
            Other = null;
            return Page();
        }

        Terms = PackTerms.Compare(Other, Pack);
        if (RunId is not { } runId)
        {
            return Page();
        }

        var (run, import, problem) = await RunsApi.CompleteRunAsync(runId, User, runs, imports, cancellationToken);
        if (problem is not null)
        {
            Invalid = problem is Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult p ? p.ProblemDetails.Detail : $"run {runId} cannot be read";
            return Page();
        }

        DiffRun = run;
        Diff = await analysis.PolicyDiffAsync(import!, Other, Pack, run!.AsOf, change =>
        {
            if (Changes.Count < ChangesShown)
            {
                Changes.Add(change);
            }
        }, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string packId, CancellationToken cancellationToken)
    {
        if (!reference.Data.PackIds.Contains(packId, StringComparer.Ordinal))
        {
            return false;
        }

        Pack = reference.Data.Pack(packId);
        await CompleteRunsAsync(runs, cancellationToken);
        return true;
    }

    /// <summary>Reads a pasted pack through the shipped loader (it reads files): written to scratch, read, deleted; errors name the pasted text, not the scratch file.</summary>
    private PolicyPack Parse(string yaml)
    {
        var directory = Path.Combine(settings.Value.ResolveDataDir(), "scratch");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"pack-{Guid.NewGuid():N}.yaml");
        try
        {
            System.IO.File.WriteAllText(path, yaml);
            return reference.Data.PackFile(path);
        }
        catch (ReferenceDataException ex)
        {
            throw new ReferenceDataException(ex.Message.Replace(path, "the pasted pack", StringComparison.Ordinal));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    public static string Describe(Finding finding) =>
        finding.Status.Name() + (finding.Deadline is { } d ? $" (deadline {d:yyyy-MM-dd})" : "");
}
