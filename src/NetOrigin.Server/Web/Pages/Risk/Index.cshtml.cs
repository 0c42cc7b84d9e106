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
public sealed class IndexModel(Runs runs, Storage.Inventory.Imports imports, RunAnalysis analysis, AnalysisPages pages, AnalysisJobRunner jobs, JobSignal signal) : RunPage
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
        var riskKey = AnalysisKey.Risk(run, modelId);
        Risk = await pages.RiskAsync(riskKey, cancellationToken) ?? await PendingAsync(riskKey, () => pages.RiskAsync(riskKey, cancellationToken), cancellationToken);

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

            var cutKey = AnalysisKey.Exposure(run, cuts);
            Exposure = await pages.ExposureAsync(cutKey, cancellationToken) ?? await PendingAsync(cutKey, () => pages.ExposureAsync(cutKey, cancellationToken), cancellationToken);
        }

        return Page();
    }

    /// <summary>An analysis not kept yet: its job (asked for once) is what the page shows, unless it has just kept it.</summary>
    private async Task<T?> PendingAsync<T>(AnalysisKey key, Func<Task<T?>> read, CancellationToken cancellationToken)
        where T : class
    {
        var (job, queued) = await jobs.RequestAsync(key, Me.Actor, cancellationToken);
        if (queued)
        {
            signal.Notify();
        }

        if (job.State == JobStates.Succeeded && await read() is { } made)
        {
            return made;
        }

        Making.Add(job);
        return null;
    }

    public static string Score(decimal value, decimal unknown) =>
        unknown == 0 ? value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : $"{value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} (up to {(value + unknown).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)})";
}
