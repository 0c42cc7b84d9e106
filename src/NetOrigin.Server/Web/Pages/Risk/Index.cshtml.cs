using Microsoft.AspNetCore.Mvc;
using NetOrigin.Risk.Exposure;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Assessment;
using NetOrigin.Storage.Risk;

namespace NetOrigin.Server.Web.Pages.Risk;

/// <summary>
/// Risk and exposure of a complete run: the explained scores of GET /runs/{id}/risk (suppliers, network, the
/// riskiest sites and assets) and, for a cut-off named in the form, what GET /runs/{id}/exposure answers.
/// </summary>
[Requires(Permission.Read)]
public sealed class IndexModel(Runs runs, Storage.Inventory.Imports imports, RunAnalysis analysis, RiskViews views) : RunPage
{
    [BindProperty(SupportsGet = true, Name = "model")]
    public string? ModelId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cut { get; set; }

    public IReadOnlyList<string> ModelIds => analysis.ModelIds;
    public RiskView? Risk { get; private set; }
    public ExposureView? Exposure { get; private set; }
    public string? Invalid { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ChooseRunAsync(runs, imports, cancellationToken) is { } answer)
        {
            return answer;
        }

        var (run, import) = (Run!, Import!);

        if (analysis.Mismatch(run) is { } reason)
        {
            Invalid = reason;
            return Page();
        }

        var modelId = string.IsNullOrWhiteSpace(ModelId) ? NetOrigin.Risk.RiskModel.DefaultId : ModelId.Trim();
        if (analysis.Model(modelId) is not { } model)
        {
            Invalid = $"no risk model '{modelId}'; shipped models: {string.Join(", ", ModelIds)}";
            return Page();
        }

        ModelId = modelId;
        Risk = await views.RiskAsync(run, import, model, cancellationToken);
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

            Exposure = await views.ExposureAsync(run, import, cuts, cancellationToken);
        }

        return Page();
    }

    public static string Score(decimal value, decimal unknown) =>
        unknown == 0 ? value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : $"{value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} (up to {(value + unknown).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)})";
}
