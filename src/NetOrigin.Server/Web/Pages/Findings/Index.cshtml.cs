using Microsoft.AspNetCore.Mvc;
using NetOrigin.Server.Apis;
using NetOrigin.Server.Auth;
using NetOrigin.Storage.Assessment;

namespace NetOrigin.Server.Web.Pages.Findings;

/// <summary>A complete run's findings with the API's filters (pack, status, site, maker, deadline) and keyset pages, and export links to the API's export.</summary>
[Requires(Permission.Read)]
public sealed class IndexModel(Runs runs, Storage.Inventory.Imports imports, Storage.Assessment.Findings findings) : RunPage
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Pack { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Site { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Maker { get; set; }

    [BindProperty(SupportsGet = true, Name = "deadline_before")]
    public DateOnly? DeadlineBefore { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? After { get; set; }

    public RunSummary? Summary { get; private set; }
    public IReadOnlyList<FindingDocument> Items { get; private set; } = [];
    public long? Next { get; private set; }
    public string? Invalid { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ChooseRunAsync(runs, imports, cancellationToken) is { } answer)
        {
            return answer;
        }

        var (run, import) = (Run!, Import!);

        Summary = RunSummary.Of(run);
        var (filter, invalid) = RunsApi.Filter(run, Empty(Pack), Empty(Status), Empty(Site), Empty(Maker), DeadlineBefore);
        if (invalid is not null)
        {
            Invalid = invalid.ProblemDetails.Detail;
            return Page();
        }

        var page = await findings.PageAsync(run, filter!, After ?? 0, PageSize, cancellationToken);
        Items = page.Select(f => FindingDocument.Of(findings, run, import.FileName, f)).ToList();
        Next = page.Count == PageSize ? page[^1].FindingNo : null;
        return Page();
    }

    /// <summary>The query of the current filters (for page and export links), with <paramref name="after"/> when paging on.</summary>
    public string Query(long? after = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("pack", Pack);
        Add("status", Status);
        Add("site", Site);
        Add("maker", Maker);
        Add("deadline_before", DeadlineBefore?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("after", after?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return string.Join("&", parts);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
