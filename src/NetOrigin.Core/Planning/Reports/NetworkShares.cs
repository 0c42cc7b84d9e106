using NetOrigin.Assessment;
using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Planning.Reports;

/// <summary>
/// Counts, while an assessment streams, what a share cap is measured on: 5G base-station sites (sites with 5G RAN)
/// and which of them carry a designated vendor's RAN, and full-fibre access equipment and how much of it is the
/// designated vendor's. Only the covered assets' ids are kept, so memory follows the covered part, not the network.
/// </summary>
public sealed class NetworkShares(string packId) : IFindingSink
{
    private readonly Dictionary<string, List<string>> _fiveGSites = new(StringComparer.Ordinal);
    private readonly List<string> _fibreCovered = [];

    public string PackId { get; } = packId;

    internal int FiveGSites => _fiveGSites.Count;

    internal IReadOnlyDictionary<string, List<string>> CoveredFiveGSites => _fiveGSites.Where(s => s.Value.Count > 0).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);

    internal long FibreAssets { get; private set; }

    internal IReadOnlyList<string> FibreCovered => _fibreCovered;

    public void Begin(AssessmentContext context)
    {
    }

    public void Write(Finding finding)
    {
        if (finding.PackId != PackId)
        {
            return;
        }

        var asset = finding.Asset;
        var covered = (finding.DesignationId is not null && finding.Status is FindingStatus.Violation or FindingStatus.ActionRequired or FindingStatus.Waived)
            || finding.ShareCaps.Any(h => h.Covered);
        if (asset.Role == AssetRole.Ran && asset.Technologies.Contains("5g") && asset.Site is { } site)
        {
            if (!_fiveGSites.TryGetValue(site, out var list))
            {
                list = [];
                _fiveGSites[site] = list;
            }

            if (covered)
            {
                list.Add(asset.Id);
            }
        }

        if (asset.Role == AssetRole.Access && asset.Technologies.Contains("full-fibre"))
        {
            FibreAssets++;
            if (covered)
            {
                _fibreCovered.Add(asset.Id);
            }
        }
    }

    public void Reject(Rejection rejection)
    {
    }

    public void End(AssessmentSummary summary)
    {
    }
}
