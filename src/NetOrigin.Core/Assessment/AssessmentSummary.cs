using NetOrigin.Identification;
using NetOrigin.Inventory;
using NetOrigin.Policies;

namespace NetOrigin.Assessment;

/// <summary>
/// Running totals of an assessment. Its size depends on the number of packs and manufacturers, never on the number
/// of assets, so it stays flat however large the inventory.
/// </summary>
public sealed class AssessmentSummary
{
    private readonly Dictionary<string, long[]> _byPack = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ManufacturerTally> _byManufacturer = new(StringComparer.Ordinal);
    private readonly long[] _byStatus = new long[Enum.GetValues<FindingStatus>().Length];
    private readonly Dictionary<string, long> _unknownReasons = new(StringComparer.Ordinal);
    private readonly List<PackFinding> _packFindings = [];

    public RecordCounts Records { get; } = new();
    internal long IdentifiedAssets { get; private set; }
    internal IReadOnlyDictionary<string, long[]> ByPack => _byPack;
    internal IReadOnlyList<long> ByStatus => _byStatus;
    internal IReadOnlyDictionary<string, long> UnknownReasons => _unknownReasons;
    internal DateOnly? EarliestDeadline { get; private set; }

    /// <summary>Verdicts on a pack's network-wide rules, such as share caps; one per rule, not per asset.</summary>
    internal IReadOnlyList<PackFinding> PackFindings => _packFindings;

    internal IEnumerable<ManufacturerTally> Manufacturers => _byManufacturer.Values
        .OrderByDescending(m => m.Worst)
        .ThenByDescending(m => m.Assets)
        .ThenBy(m => m.Name, StringComparer.Ordinal);

    public long Count(FindingStatus status) => _byStatus[(int)status];

    internal void RecordAttribution(Attribution attribution)
    {
        if (attribution.Manufacturer is { } maker && !attribution.OperatingSystemOnly)
        {
            IdentifiedAssets++;
            if (!_byManufacturer.TryGetValue(maker.Id, out var tally))
            {
                _byManufacturer[maker.Id] = tally = new ManufacturerTally(maker.Id, maker.Name);
            }

            tally.Assets++;
        }
    }

    internal void RecordFinding(Finding finding)
    {
        _byStatus[(int)finding.Status]++;
        if (!_byPack.TryGetValue(finding.PackId, out var counts))
        {
            _byPack[finding.PackId] = counts = new long[_byStatus.Length];
        }

        counts[(int)finding.Status]++;
        if (finding.Attribution.Manufacturer is { } maker && _byManufacturer.TryGetValue(maker.Id, out var tally) && finding.Status > tally.Worst)
        {
            tally.Worst = finding.Status;
        }

        if (finding.Status == FindingStatus.Unknown && finding.MissingField is { } missing)
        {
            _unknownReasons[missing] = _unknownReasons.GetValueOrDefault(missing) + 1;
        }

        if (finding.Deadline is { } deadline && finding.Status == FindingStatus.ActionRequired && (EarliestDeadline is null || deadline < EarliestDeadline))
        {
            EarliestDeadline = deadline;
        }
    }

    internal void RecordPackFinding(PackFinding finding) => _packFindings.Add(finding);

    public sealed class ManufacturerTally(string id, string name)
    {
        internal string Id { get; } = id;
        internal string Name { get; } = name;
        internal long Assets { get; set; }
        internal FindingStatus Worst { get; set; }
    }
}
