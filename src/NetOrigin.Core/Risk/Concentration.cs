using NetOrigin.Entities;

namespace NetOrigin.Risk;

/// <summary>One ultimate controller's assets in a group, and its share of the group's attributed assets.</summary>
/// <see cref="Label"/> names the controller for people: "ZTE (Zhongxingxin)" where the controller is known here by one company.
public sealed record SupplierShare(Organisation Controller, string Label, long Assets, decimal Percent);

/// <summary>
/// How concentrated a group of assets (a role, technology, service type, site or site function) is on its
/// suppliers, counted by ultimate controller — two brands of one owner are one dependency. Shares and the
/// Herfindahl–Hirschman index (sum of squared percentage shares, 0–10,000) are over the assets whose controller is
/// known; <see cref="Unattributed"/> counts the rest.
/// </summary>
public sealed record Concentration(string Dimension, string Key, long Assets, long Unattributed, IReadOnlyList<SupplierShare> Shares, decimal Hhi)
{
    /// <summary>Every asset of the group is known to come from one controller.</summary>
    public bool SingleSource => Shares.Count == 1 && Unattributed == 0;

    internal static Concentration Of(string dimension, string key, IEnumerable<(Organisation Controller, string Label, long Assets)> counts, long unattributed)
    {
        var list = counts.Where(c => c.Assets > 0).ToList();
        var attributed = list.Sum(c => c.Assets);
        var shares = list
            .OrderByDescending(c => c.Assets)
            .ThenBy(c => c.Controller.Id, StringComparer.Ordinal)
            .Select(c => new SupplierShare(c.Controller, c.Label, c.Assets, Percent(c.Assets, attributed)))
            .ToList();
        var hhi = attributed == 0 ? 0m : Math.Round(list.Sum(c => 10_000m * c.Assets * c.Assets / ((decimal)attributed * attributed)), 2, MidpointRounding.AwayFromZero);
        return new Concentration(dimension, key, attributed + unattributed, unattributed, shares, hhi);
    }

    internal static decimal Percent(long part, long whole) =>
        whole == 0 ? 0m : Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);
}

/// <summary>Counts assets per key (a role, a technology, a service type) and ultimate controller as they pass.</summary>
internal sealed class ConcentrationTally(string dimension, int maxKeys = ConcentrationTally.DefaultMaxKeys)
{
    /// <summary>Keys beyond this many (technologies are free text) are counted together under <see cref="OtherKey"/>.</summary>
    public const int DefaultMaxKeys = 1_000;
    public const string OtherKey = "(other)";

    private readonly Dictionary<string, (Dictionary<int, long> Controllers, long Unattributed)> _keys = new(StringComparer.Ordinal);

    public void Add(string key, int controller, long assets = 1)
    {
        if (!_keys.TryGetValue(key, out var tally))
        {
            if (_keys.Count >= maxKeys)
            {
                key = OtherKey;
            }

            if (!_keys.TryGetValue(key, out tally))
            {
                tally = ([], 0);
            }
        }

        if (controller < 0)
        {
            tally.Unattributed += assets;
        }
        else
        {
            tally.Controllers[controller] = tally.Controllers.GetValueOrDefault(controller) + assets;
        }

        _keys[key] = tally;
    }

    public IReadOnlyList<Concentration> Results(ControllerTable controllers) => _keys
        .Select(k => Concentration.Of(dimension, k.Key, k.Value.Controllers.Select(c => (controllers[c.Key].Controller, controllers[c.Key].Label, c.Value)), k.Value.Unattributed))
        .OrderByDescending(c => c.Assets)
        .ThenBy(c => c.Key, StringComparer.Ordinal)
        .ToList();
}
