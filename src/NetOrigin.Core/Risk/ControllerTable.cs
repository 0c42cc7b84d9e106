using NetOrigin.Entities;

namespace NetOrigin.Risk;

/// <summary>
/// The ultimate controllers met in a run, each by a small index, with what the run learns of each as assets pass:
/// how many assets, through which makers, and the worst of its supplier-side criteria.
/// </summary>
internal sealed class ControllerTable
{
    /// <summary>How many distinct makers a run lists by name (for the cut-off's suspension rights); counting goes on.</summary>
    public const int MaxTracked = 10_000;

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<ControllerTally> _tallies = [];

    public int Count => _tallies.Count;

    public ControllerTally this[int index] => _tallies[index];

    public IReadOnlyList<ControllerTally> All => _tallies;

    public int IndexOf(Organisation controller, int criteria)
    {
        if (!_index.TryGetValue(controller.Id, out var index))
        {
            index = _tallies.Count;
            _index[controller.Id] = index;
            _tallies.Add(new ControllerTally(controller, criteria));
        }

        return index;
    }
}

/// <summary>One ultimate controller's running totals.</summary>
internal sealed class ControllerTally(Organisation controller, int criteria)
{
    public Organisation Controller { get; } = controller;
    public long Assets { get; private set; }
    public Dictionary<string, (Organisation Maker, long Assets)> Makers { get; } = new(StringComparer.Ordinal);

    /// <summary>Per model criterion: the worst known value among the controller's profiles, and whether any was unknown.</summary>
    public (CriterionValue? Worst, decimal Factor, bool AnyUnknown)[] Criteria { get; } = new (CriterionValue?, decimal, bool)[criteria];

    /// <summary>
    /// The controller as people know it: its own name when it makes or provides something here or controls several
    /// of those that do; otherwise the one company it is known by here, with the controller after it.
    /// </summary>
    public string Label => field ??= Makers.Count == 1 && !Makers.ContainsKey(Controller.Id)
        ? $"{Makers.Values.First().Maker.DisplayName} ({Controller.DisplayName})"
        : Controller.DisplayName;

    public void Count(Organisation maker, long assets)
    {
        Assets += assets;
        Makers[maker.Id] = (maker, Makers.TryGetValue(maker.Id, out var seen) ? seen.Assets + assets : assets);
    }
}
