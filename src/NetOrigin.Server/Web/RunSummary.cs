using System.Text.Json;
using NetOrigin.Storage.Assessment;

namespace NetOrigin.Server.Web;

/// <summary>The totals of a complete run as its report states them (<c>summary</c> of assess --format json).</summary>
public sealed record RunSummary(RunRecord Run, IReadOnlyDictionary<string, long> ByStatus, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> ByPack, IReadOnlyList<MakerTally> Makers)
{
    /// <summary>The statuses in the order pages show them, worst first.</summary>
    public static readonly string[] Statuses = ["violation", "action_required", "unknown", "waived", "exempt", "compliant"];

    public static RunSummary Of(RunRecord run)
    {
        using var report = JsonDocument.Parse(run.Report ?? "{}");
        if (!report.RootElement.TryGetProperty("summary", out var summary))
        {
            return new(run, new Dictionary<string, long>(), new Dictionary<string, IReadOnlyDictionary<string, long>>(), []);
        }

        var byPack = new Dictionary<string, IReadOnlyDictionary<string, long>>(StringComparer.Ordinal);
        foreach (var pack in summary.GetProperty("by_pack").EnumerateObject())
        {
            byPack[pack.Name] = Counts(pack.Value);
        }

        var makers = summary.GetProperty("manufacturers").EnumerateArray()
            .Select(m => new MakerTally(m.GetProperty("id").GetString()!, m.GetProperty("name").GetString()!, m.GetProperty("assets").GetInt64(), m.GetProperty("worst_status").GetString()!))
            .ToList();
        return new(run, Counts(summary.GetProperty("by_status")), byPack, makers);
    }

    public long Count(string status) => ByStatus.TryGetValue(status, out var n) ? n : 0;

    private static Dictionary<string, long> Counts(JsonElement counts) =>
        counts.EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetInt64(), StringComparer.Ordinal);
}

public sealed record MakerTally(string Id, string Name, long Assets, string WorstStatus);
