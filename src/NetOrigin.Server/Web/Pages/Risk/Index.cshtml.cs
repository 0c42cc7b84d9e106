using Microsoft.AspNetCore.Mvc;
using NetOrigin.Risk.Exposure;
using NetOrigin.Server.Auth;
using NetOrigin.Server.Jobs;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Jobs;
using NetOrigin.Storage.Risk;

namespace NetOrigin.Server.Web.Pages.Risk;

/// <summary>
/// Risk and exposure of a complete run: the explained scores of GET /runs/{id}/risk (suppliers, network, the
/// riskiest sites and assets) and, for a cut-off named in the form, what GET /runs/{id}/exposure answers. Both are
/// read as kept: the default model's risk is kept with the run; another model or a cut-off not made yet is made
/// by an analysis job, whose progress the page shows, polling, until the analysis is kept.
/// </summary>
[Requires(Permission.Read)]
public sealed class IndexModel(Runs runs, Storage.Inventory.Imports imports, RunAnalysis analysis, StoredAnalyses stored, AnalysisJobRunner jobs, JobSignal signal) : RunPage
{
    [BindProperty(SupportsGet = true, Name = "model")]
    public string? ModelId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cut { get; set; }

    public IReadOnlyList<string> ModelIds => analysis.ModelIds;
    public RiskPage? Risk { get; private set; }
    public ExposurePage? Exposure { get; private set; }
    public string? Invalid { get; private set; }

    /// <summary>The jobs making what the page waits for (it polls while any is unfinished).</summary>
    public List<Job> Making { get; } = [];

    public bool Polling => Making.Any(j => j.State is JobStates.Queued or JobStates.Running);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ChooseRunAsync(runs, imports, cancellationToken) is { } answer)
        {
            return answer;
        }

        var run = Run!;
        if (analysis.Mismatch(run) is { } reason)
        {
            Invalid = reason;
            return Page();
        }

        var modelId = string.IsNullOrWhiteSpace(ModelId) ? NetOrigin.Risk.RiskModel.DefaultId : ModelId.Trim();
        if (analysis.Model(modelId) is null)
        {
            Invalid = $"no risk model '{modelId}'; shipped models: {string.Join(", ", ModelIds)}";
            return Page();
        }

        ModelId = modelId;
        if (await KeptAsync(AnalysisKey.Risk(run, modelId), cancellationToken) is { } risk)
        {
            Risk = AnalysisPages.Risk(risk);
        }

        if (!string.IsNullOrWhiteSpace(Cut))
        {
            var cuts = new List<CutTarget>();
            try
            {
                cuts.AddRange(Cut.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part => analysis.ResolveCut(part, run.AsOf)));
            }
            catch (CutTargetException ex)
            {
                Invalid = ex.Message;
                return Page();
            }

            if (await KeptAsync(AnalysisKey.Exposure(run, cuts), cancellationToken) is { } exposure)
            {
                Exposure = AnalysisPages.Exposure(exposure);
            }
        }

        return Page();
    }

    /// <summary>The kept analysis's page JSON; when there is none yet, its job (asked for once) is what the page shows.</summary>
    private async Task<string?> KeptAsync(AnalysisKey key, CancellationToken cancellationToken)
    {
        if (await stored.PageAsync(key, cancellationToken) is { } page)
        {
            return page;
        }

        var (job, queued) = await jobs.RequestAsync(key, Me.Actor, cancellationToken);
        if (queued)
        {
            signal.Notify();
        }

        // The job may have kept it between the two reads.
        if (job.State == JobStates.Succeeded && await stored.PageAsync(key, cancellationToken) is { } made)
        {
            return made;
        }

        Making.Add(job);
        return null;
    }

    public static string Score(decimal value, decimal unknown) =>
        unknown == 0 ? value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : $"{value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} (up to {(value + unknown).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)})";
}
